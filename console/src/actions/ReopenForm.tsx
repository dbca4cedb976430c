import { useState } from 'react';
import { ConsoleTicketReopenDocument } from '../../../operations/__generated__/graphql';
import { ActionForm } from './ActionForm';
import type { ActionFormProps } from './actionFormProps';
import { checkFields } from './checkFields';
import { TextAreaField } from './TextAreaField';
import { useActingAgent } from './useActingAgent';
import { useKeyedMutation } from './useKeyedMutation';
import { useTextField } from './useTextField';

/**
 * "Reopen": a resolved ticket goes back to work. Always with an agent: without one the server records the reopen
 * as the customer's, which is what a customer's reply does, not a person at the console.
 */
export function ReopenForm({ id, ticket, onDone, onRefused, onCancel }: ActionFormProps) {
  const reason = useTextField('reopenReason');
  const acting = useActingAgent(ticket.team.code, ticket.assignee?.id);
  const mutation = useKeyedMutation(ConsoleTicketReopenDocument, onRefused);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async () => {
    setProblem(acting.missing);
    if (!checkFields([reason]) || !acting.agentId) return;
    const input = { ticketId: ticket.id, reason: reason.value.trim(), agentId: acting.agentId };
    const result = await mutation.send(input, (idempotencyKey) => ({ ...input, idempotencyKey }));
    if (result.data && !result.error) onDone(`Reopened ${ticket.number}`);
  };

  return (
    <ActionForm
      id={id}
      submitLabel="Reopen ticket"
      busy={mutation.fetching}
      error={mutation.error}
      problem={problem}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextAreaField label="Reason" field={reason} autoFocus />
      {acting.field}
    </ActionForm>
  );
}
