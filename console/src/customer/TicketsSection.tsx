import type { ConsoleCustomerQuery } from '../../../operations/__generated__/graphql';
import { UpdatedMark } from '../ui/UpdatedMark';
import { TicketArticle } from './TicketArticle';

type Tickets = NonNullable<ConsoleCustomerQuery['customer']>['tickets'];

/** The customer's latest tickets, newest first, each with its whole conversation. */
export function TicketsSection({
  tickets,
  now,
  updatedAt,
  ticketMarks,
  refs,
  onChanged,
}: {
  tickets: Tickets;
  now: number;
  updatedAt: number | undefined;
  ticketMarks: Readonly<Record<string, number>>;
  refs: (ticket: { order: { id: string } | null; shipment: { id: string } | null }) => {
    order?: string | undefined;
    parcel?: string | undefined;
  };
  onChanged: () => void;
}) {
  return (
    <section className="customer-section" aria-labelledby="customer-tickets-heading">
      <div className="section-heading">
        <h2 id="customer-tickets-heading">Tickets</h2>
        <UpdatedMark at={updatedAt} />
      </div>
      {tickets === null ? (
        <p className="muted">The tickets could not be loaded.</p>
      ) : tickets.edges.length === 0 ? (
        <p className="muted">No tickets.</p>
      ) : (
        <>
          {tickets.totalCount > tickets.edges.length && (
            <p className="muted">
              The latest {tickets.edges.length} of {tickets.totalCount} tickets.
            </p>
          )}
          {tickets.edges.map(({ node }) => (
            <TicketArticle
              key={node.id}
              ticket={node}
              now={now}
              updatedAt={ticketMarks[node.id]}
              refs={refs(node)}
              onChanged={onChanged}
            />
          ))}
        </>
      )}
    </section>
  );
}
