import { useState } from 'react';
import { ConsoleTicketConsultDocument } from '../../../operations/__generated__/graphql';
import { ActionForm } from './ActionForm';
import type { ActionFormProps } from './actionFormProps';
import { teamName } from './actingAgent';
import { checkFields } from './checkFields';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';
import { useActingAgent } from './useActingAgent';
import { useChoice } from './useChoice';
import { useKeyedMutation } from './useKeyedMutation';
import { useTeams } from './useTeams';
import { useTextField } from './useTextField';

/** "Consult": asks another team a question inside the ticket; the ticket stays where it is. */
export function ConsultForm({ id, ticket, onDone, onRefused, onCancel }: ActionFormProps) {
  const { teams } = useTeams();
  const team = useChoice('Choose the team to ask.');
  const question = useTextField('question');
  const acting = useActingAgent(ticket.team.code, ticket.assignee?.id);
  const mutation = useKeyedMutation(ConsoleTicketConsultDocument, onRefused);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async () => {
    setProblem(acting.missing);
    if (!checkFields([team, question]) || !acting.agentId) return;
    const input = { ticketId: ticket.id, team: team.value, question: question.value.trim(), agentId: acting.agentId };
    const result = await mutation.send(input, (idempotencyKey) => ({ ...input, idempotencyKey }));
    if (result.data && !result.error) onDone(`Asked ${teamName(teams, input.team)} for help`);
  };

  return (
    <ActionForm
      id={id}
      submitLabel="Ask team"
      busy={mutation.fetching}
      error={mutation.error}
      problem={problem}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        label="Team"
        value={team.value}
        onChange={team.setValue}
        selectRef={team.ref}
        error={team.error}
        placeholder={teams ? 'Choose a team…' : 'Loading teams…'}
        options={(teams ?? [])
          .filter((candidate) => candidate.code !== ticket.team.code)
          .map((candidate) => ({ value: candidate.code, label: candidate.name }))}
        autoFocus
      />
      <TextAreaField label="Question" field={question} rows={4} />
      {acting.field}
    </ActionForm>
  );
}
