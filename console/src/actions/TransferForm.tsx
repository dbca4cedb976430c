import { useState } from 'react';
import { ConsoleTicketTransferDocument } from '../../../operations/__generated__/graphql';
import { ActionForm } from './ActionForm';
import type { ActionFormProps } from './actionFormProps';
import { checkFields } from './checkFields';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';
import { useActingAgent } from './useActingAgent';
import { useChoice } from './useChoice';
import { useKeyedMutation } from './useKeyedMutation';
import { useTeams } from './useTeams';
import { useTextField } from './useTextField';

/** "Transfer": the ticket, with its conversation, goes to another team, which reads the reason first. */
export function TransferForm({ id, ticket, onDone, onRefused, onCancel }: ActionFormProps) {
  const { teams } = useTeams();
  const toTeam = useChoice('Choose the team that takes the ticket over.');
  const reason = useTextField('transferReason');
  const acting = useActingAgent(ticket.team.code, ticket.assignee?.id);
  const mutation = useKeyedMutation(ConsoleTicketTransferDocument, onRefused);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async () => {
    setProblem(acting.missing);
    if (!checkFields([toTeam, reason]) || !acting.agentId) return;
    const input = { ticketId: ticket.id, toTeam: toTeam.value, reason: reason.value.trim(), agentId: acting.agentId };
    const result = await mutation.send(input, (idempotencyKey) => ({ ...input, idempotencyKey }));
    const moved = result.data?.transferTicket;
    if (moved && !result.error) onDone(`Transferred to ${moved.team.name}`);
  };

  return (
    <ActionForm
      id={id}
      submitLabel="Transfer ticket"
      busy={mutation.fetching}
      error={mutation.error}
      problem={problem}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        label="To team"
        value={toTeam.value}
        onChange={toTeam.setValue}
        selectRef={toTeam.ref}
        error={toTeam.error}
        placeholder={teams ? 'Choose a team…' : 'Loading teams…'}
        options={(teams ?? [])
          .filter((team) => team.code !== ticket.team.code)
          .map((team) => ({ value: team.code, label: team.name }))}
        autoFocus
      />
      <TextAreaField label="Reason" field={reason} />
      {acting.field}
    </ActionForm>
  );
}
