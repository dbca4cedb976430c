import { useState } from 'react';
import { ConsoleTicketMessageDocument } from '../../../operations/__generated__/graphql';
import type { Channel } from '../../../operations/__generated__/graphql';
import { humanize } from '../ui/format';
import { ActionForm } from './ActionForm';
import type { ActionFormProps } from './actionFormProps';
import { CHANNELS, replyChannel } from './choices';
import type { PendingMessage } from './pendingMessage';
import { SelectField } from './SelectField';
import { TextAreaField } from './TextAreaField';
import { useActingAgent } from './useActingAgent';
import { useKeyedMutation } from './useKeyedMutation';
import { useTextField } from './useTextField';
import { checkFields } from './checkFields';

/**
 * "Reply" (to the customer, on a channel) and "Internal note" (for colleagues, no channel). The message shows at
 * once as pending (optimistic); when the server refuses, it goes away and the text stays in the form.
 */
export function MessageForm({
  kind,
  id,
  ticket,
  onDone,
  onRefused,
  onCancel,
  onPending,
}: ActionFormProps & {
  kind: 'reply' | 'note';
  /** The pending copy of what is being sent: shown while sending, kept once sent, dropped after a refusal. */
  onPending(message: PendingMessage, state: 'sending' | 'sent' | 'failed'): void;
}) {
  const reply = kind === 'reply';
  const text = useTextField(reply ? 'message' : 'note');
  const [channel, setChannel] = useState<Channel>(() => replyChannel(ticket.channel));
  const acting = useActingAgent(ticket.team.code, ticket.assignee?.id);
  const mutation = useKeyedMutation(ConsoleTicketMessageDocument, onRefused);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async () => {
    setProblem(acting.missing);
    if (!checkFields([text]) || !acting.agentId) return;
    const input = {
      ticketId: ticket.id,
      direction: reply ? ('OUTBOUND' as const) : ('INTERNAL' as const),
      ...(reply ? { channel } : {}),
      body: text.value.trim(),
      agentId: acting.agentId,
    };
    const pending: PendingMessage = {
      id: JSON.stringify(input),
      direction: input.direction,
      channel: reply ? channel : null,
      body: input.body,
    };
    onPending(pending, 'sending');
    const result = await mutation.send(input, (idempotencyKey) => ({ input: { ...input, idempotencyKey } }));
    if (result.error || !result.data) {
      onPending(pending, 'failed');
      text.ref.current?.focus();
      return;
    }
    onPending(pending, 'sent');
    onDone(reply ? `Reply sent by ${humanize(channel).toLowerCase()}` : 'Internal note added');
  };

  return (
    <ActionForm
      id={id}
      submitLabel={reply ? 'Send reply' : 'Add note'}
      busy={mutation.fetching}
      error={mutation.error}
      problem={problem}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {reply && (
        <SelectField
          label="Channel"
          value={channel}
          options={CHANNELS.map((value) => ({ value, label: humanize(value) }))}
          onChange={(value) => setChannel(replyChannel(value))}
        />
      )}
      <TextAreaField label={reply ? 'Message' : 'Note'} field={text} rows={4} autoFocus />
      {acting.field}
    </ActionForm>
  );
}
