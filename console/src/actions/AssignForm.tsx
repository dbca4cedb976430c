import { ConsoleTicketAssignDocument } from '../../../operations/__generated__/graphql';
import { ActionForm } from './ActionForm';
import type { ActionFormProps } from './actionFormProps';
import { checkFields } from './checkFields';
import { SelectField } from './SelectField';
import { useChoice } from './useChoice';
import { useKeyedMutation } from './useKeyedMutation';
import { useTeams } from './useTeams';

/** "Assign" (team leads): the ticket goes to an agent of the team that owns it (the server refuses others). */
export function AssignForm({ id, ticket, onDone, onRefused, onCancel }: ActionFormProps) {
  const { teams } = useTeams();
  const agent = useChoice('Choose the agent who gets the ticket.');
  const mutation = useKeyedMutation(ConsoleTicketAssignDocument, onRefused);
  const agents = teams?.find((team) => team.code === ticket.team.code)?.agents ?? [];

  const submit = async () => {
    if (!checkFields([agent])) return;
    const input = { ticketId: ticket.id, agentId: agent.value };
    const result = await mutation.send(input, (idempotencyKey) => ({ ...input, idempotencyKey }));
    const assigned = result.data?.assignTicket;
    if (assigned && !result.error) onDone(`Assigned to ${assigned.assignee?.name ?? agent.value}`);
  };

  return (
    <ActionForm
      id={id}
      submitLabel="Assign ticket"
      busy={mutation.fetching}
      error={mutation.error}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        label="Agent"
        value={agent.value}
        onChange={agent.setValue}
        selectRef={agent.ref}
        error={agent.error}
        placeholder={!teams ? 'Loading agents…' : agents.length > 0 ? 'Choose an agent…' : 'The team has no agents'}
        options={agents.map((candidate) => ({
          value: candidate.id,
          label: candidate.id === ticket.assignee?.id ? `${candidate.name} (assigned now)` : candidate.name,
        }))}
        autoFocus
      />
    </ActionForm>
  );
}
