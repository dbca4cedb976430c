import { useState } from 'react';
import { ConsoleTicketResolveDocument } from '../../../operations/__generated__/graphql';
import { humanize } from '../ui/format';
import { ActionForm } from './ActionForm';
import type { ActionFormProps } from './actionFormProps';
import { checkFields } from './checkFields';
import { RESOLUTION_CODES } from './choices';
import { SelectField } from './SelectField';
import { useActingAgent } from './useActingAgent';
import { useChoice } from './useChoice';
import { useKeyedMutation } from './useKeyedMutation';

/** "Resolve": the work on the ticket is done, for a reason the KPIs count (resolution code). */
export function ResolveForm({ id, ticket, onDone, onRefused, onCancel }: ActionFormProps) {
  const resolution = useChoice('Choose how the ticket was resolved.');
  const acting = useActingAgent(ticket.team.code, ticket.assignee?.id);
  const mutation = useKeyedMutation(ConsoleTicketResolveDocument, onRefused);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async () => {
    setProblem(acting.missing);
    const resolutionCode = RESOLUTION_CODES.find((code) => code === resolution.value);
    if (!checkFields([resolution]) || !resolutionCode || !acting.agentId) return;
    const input = { ticketId: ticket.id, resolutionCode, agentId: acting.agentId };
    const result = await mutation.send(input, (idempotencyKey) => ({ ...input, idempotencyKey }));
    if (result.data && !result.error) onDone(`Resolved: ${humanize(resolutionCode).toLowerCase()}`);
  };

  return (
    <ActionForm
      id={id}
      submitLabel="Resolve ticket"
      busy={mutation.fetching}
      error={mutation.error}
      problem={problem}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        label="Resolution"
        value={resolution.value}
        onChange={resolution.setValue}
        selectRef={resolution.ref}
        error={resolution.error}
        placeholder="Choose a resolution…"
        options={RESOLUTION_CODES.map((code) => ({ value: code, label: humanize(code) }))}
        autoFocus
      />
      {acting.field}
    </ActionForm>
  );
}
