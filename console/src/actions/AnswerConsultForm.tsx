import { useState } from 'react';
import { ConsoleTicketAnswerConsultDocument } from '../../../operations/__generated__/graphql';
import { ActionForm } from './ActionForm';
import type { ActionFormProps } from './actionFormProps';
import { teamName } from './actingAgent';
import { checkFields } from './checkFields';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';
import { useActingAgent } from './useActingAgent';
import { useKeyedMutation } from './useKeyedMutation';
import { useTeams } from './useTeams';
import { useTextField } from './useTextField';

/**
 * "Answer consult": the consulted team answers in its side-thread. An agent answers for their own team; a team lead
 * picks which consulted team they answer for when there are several, and acts as one of its agents.
 */
export function AnswerConsultForm({
  id,
  ticket,
  consultedTeams,
  onDone,
  onRefused,
  onCancel,
}: ActionFormProps & { consultedTeams: readonly string[] }) {
  const { teams } = useTeams();
  const [team, setTeam] = useState(consultedTeams[0] ?? '');
  const answer = useTextField('answer');
  // the answer is recorded as an agent of the consulted team, not of the owner
  const acting = useActingAgent(team, undefined);
  const mutation = useKeyedMutation(ConsoleTicketAnswerConsultDocument, onRefused);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async () => {
    setProblem(acting.missing);
    if (!checkFields([answer]) || !acting.agentId) return;
    const input = { ticketId: ticket.id, team, body: answer.value.trim(), agentId: acting.agentId };
    const result = await mutation.send(input, (idempotencyKey) => ({ ...input, idempotencyKey }));
    if (result.data && !result.error) onDone(`Answer from ${teamName(teams, team)} sent`);
  };

  return (
    <ActionForm
      id={id}
      submitLabel="Send answer"
      busy={mutation.fetching}
      error={mutation.error}
      problem={problem}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {consultedTeams.length > 1 && (
        <SelectField
          label="Consulted team"
          value={team}
          onChange={setTeam}
          options={consultedTeams.map((code) => ({ value: code, label: teamName(teams, code) }))}
        />
      )}
      <TextAreaField label="Answer" field={answer} rows={4} autoFocus />
      {acting.field}
    </ActionForm>
  );
}
