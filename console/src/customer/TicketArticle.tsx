import type { ReactNode } from 'react';
import type { ConsoleCustomerTicketFragment } from '../../../operations/__generated__/graphql';
import { TicketActions } from '../actions/TicketActions';
import { useSession } from '../auth/session';
import { ChannelIcon } from '../ui/ChannelIcon';
import { formatDateTime, humanize } from '../ui/format';
import { UpdatedMark } from '../ui/UpdatedMark';
import { TicketConversation } from './TicketConversation';
import { ticketSlaState } from './slaState';

const STATUS_TONE: Record<string, string> = {
  NEW: 'badge-warn',
  OPEN: 'badge-warn',
  PENDING_CUSTOMER: '',
  RESOLVED: 'badge-ok',
  CLOSED: 'badge-ok',
};

/** One ticket: who owns it and how its SLA stands, the actions (for roles that act), and its conversation. */
export function TicketArticle({
  ticket,
  now,
  updatedAt,
  refs,
  onChanged,
}: {
  ticket: ConsoleCustomerTicketFragment;
  now: number;
  updatedAt: number | undefined;
  /** The order and parcel the ticket concerns, by the numbers agents quote (when they are on the page). */
  refs: { order?: string | undefined; parcel?: string | undefined };
  onChanged: () => void;
}) {
  const { can } = useSession();
  const headingId = `ticket-${ticket.id}-heading`;
  const sla = ticketSlaState(ticket, now);
  const facts: [term: string, value: ReactNode][] = [
    ['Status', <span className={`badge ${STATUS_TONE[ticket.status] ?? ''}`}>{humanize(ticket.status)}</span>],
    [
      'Priority',
      <span className={`badge ${ticket.priority === 'URGENT' || ticket.priority === 'HIGH' ? 'badge-warn' : ''}`}>
        {humanize(ticket.priority)}
      </span>,
    ],
    ['Team', ticket.team.name],
    ['Assignee', ticket.assignee?.name ?? <span className="muted">Unassigned</span>],
    ['SLA', <span className={`badge badge-${sla.tone}`}>{sla.text}</span>],
    [
      'Due',
      <time dateTime={ticket.slaDueAt} title="Resolution due">
        {formatDateTime(ticket.slaDueAt)}
      </time>,
    ],
    [
      'Opened',
      <>
        <ChannelIcon channel={ticket.channel} />{' '}
        <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
      </>,
    ],
    ['Category', humanize(ticket.category)],
  ];
  if (refs.order) facts.push(['Order', refs.order]);
  if (refs.parcel) facts.push(['Parcel', refs.parcel]);
  if (ticket.resolvedAt) {
    facts.push([
      'Resolved',
      <>
        <time dateTime={ticket.resolvedAt}>{formatDateTime(ticket.resolvedAt)}</time>
        {ticket.resolutionCode && <> · {humanize(ticket.resolutionCode)}</>}
      </>,
    ]);
  }
  if (ticket.reopenCount > 0) facts.push(['Reopened', `${ticket.reopenCount}×`]);
  return (
    <article id={`ticket-${ticket.number}`} className="ticket panel" aria-labelledby={headingId}>
      <header className="ticket-header">
        <h3 id={headingId}>
          {ticket.number} · {ticket.subject}
        </h3>
        <UpdatedMark at={updatedAt} />
      </header>
      <dl className="ticket-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {can.act && <TicketActions ticket={ticket} onChanged={onChanged} />}
      <TicketConversation ticket={ticket} />
    </article>
  );
}
