import type { ConsoleCustomerTicketFragment } from '../../../operations/__generated__/graphql';
import { ChannelIcon } from '../ui/ChannelIcon';
import { formatDateTime } from '../ui/format';
import { conversationThread } from './conversationThread';
import type { ThreadItem } from './conversationThread';

type Message = NonNullable<ConsoleCustomerTicketFragment['messages']>['edges'][number]['node'];
type Handoff = ConsoleCustomerTicketFragment['handoffs'][number];
type Item = ThreadItem<Message, Handoff>;

const DIRECTION_LABELS: Record<Message['direction'], string> = {
  INBOUND: 'Inbound',
  OUTBOUND: 'Outbound',
  INTERNAL: 'Internal note',
};

/** A ticket's whole conversation, hand-offs included, in time order; consultations indented as side-threads. */
export function TicketConversation({ ticket }: { ticket: ConsoleCustomerTicketFragment }) {
  const messages = ticket.messages?.edges.map(({ node }) => node) ?? [];
  const entries = conversationThread(messages, ticket.handoffs);
  const total = ticket.messages?.totalCount ?? 0;
  return (
    <>
      {ticket.messages === null && <p className="muted">The messages could not be loaded.</p>}
      {total > messages.length && (
        <p className="muted">
          Showing the first {messages.length} of {total} messages.
        </p>
      )}
      <ol className="thread" aria-label={`Conversation ${ticket.number}`}>
        {entries.map((entry) =>
          entry.type === 'consult' ? (
            <li key={`consult-${itemKey(entry.items[0])}`} className="consult-group">
              <p className="consult-title">
                Consultation with {entry.team.name}
                {entry.continued ? ' (continued)' : ''}
              </p>
              <ol aria-label={`Consultation with ${entry.team.name} in ${ticket.number}`}>
                {entry.items.map((item) => (
                  <ThreadItemView key={itemKey(item)} item={item} />
                ))}
              </ol>
            </li>
          ) : (
            <ThreadItemView key={itemKey(entry)} item={entry} />
          ),
        )}
      </ol>
    </>
  );
}

function itemKey(item: Item | undefined): string {
  if (!item) return 'empty';
  return item.type === 'message' ? item.message.id : item.handoff.id;
}

function ThreadItemView({ item }: { item: Item }) {
  if (item.type === 'handoff') {
    const { handoff } = item;
    const transfer = handoff.kind === 'TRANSFER';
    return (
      <li className="thread-event">
        <p className="thread-meta">
          <strong>{transfer ? 'Transferred' : 'Consulted'}</strong>{' '}
          {transfer ? (
            <>
              from {handoff.fromTeam.name} to {handoff.toTeam.name}
            </>
          ) : (
            <>
              {handoff.toTeam.name} (owner {handoff.fromTeam.name})
            </>
          )}
          {handoff.by && <> · by {handoff.by.name}</>} · <time dateTime={handoff.at}>{formatDateTime(handoff.at)}</time>
        </p>
        <p className="thread-body">
          <span className="muted">{transfer ? 'Reason: ' : 'Question: '}</span>
          {handoff.reason}
        </p>
      </li>
    );
  }
  const { message } = item;
  return (
    <li className={`msg msg-${message.direction.toLowerCase()}`}>
      <p className="thread-meta">
        <strong className="msg-direction">{DIRECTION_LABELS[message.direction]}</strong>{' '}
        <ChannelIcon channel={message.channel} /> <span className="msg-author">{message.author}</span>
        {message.consultedTeam && (
          <>
            {' '}
            <span className="badge">Consult · {message.consultedTeam.name}</span>
          </>
        )}{' '}
        · <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
      </p>
      <p className="thread-body">{message.body}</p>
    </li>
  );
}
