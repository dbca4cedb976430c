import { ChannelIcon } from '../ui/ChannelIcon';
import type { PendingMessage } from './pendingMessage';

export type PendingState = 'sending' | 'sent';

/**
 * What was just sent, before the page's conversation shows it: the person sees their words went out at once, and
 * the copy goes away when the conversation has reloaded (it then shows the real message).
 */
export function PendingMessages({
  ticketNumber,
  items,
}: {
  ticketNumber: string;
  items: readonly (PendingMessage & { state: PendingState })[];
}) {
  if (items.length === 0) return null;
  return (
    <ol className="ticket-action-pending" aria-label={`Being sent on ${ticketNumber}`}>
      {items.map((item) => (
        <li key={item.id} aria-busy="true">
          <span className="badge">Sending…</span>{' '}
          <strong>{item.direction === 'OUTBOUND' ? 'Outbound' : 'Internal note'}</strong>{' '}
          <ChannelIcon channel={item.channel} />
          <p>{item.body}</p>
        </li>
      ))}
    </ol>
  );
}
