import { useQuery } from 'urql';
import { ConsoleCustomerCardDocument } from '../../../operations/__generated__/graphql';
import type { ConsoleCustomerCardQuery } from '../../../operations/__generated__/graphql';
import { ChannelIcon } from '../ui/ChannelIcon';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDate, formatDateTime, formatMoney, formatRelative, humanize } from '../ui/format';
import { latestShipment, slaState } from './cardFacts';

type Customer = NonNullable<ConsoleCustomerCardQuery['customer']>;

/** The card's content: who the customer is, what is open, what they bought last and where it is. */
export function CustomerCard({ customerId }: { customerId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: ConsoleCustomerCardDocument, variables: { id: customerId } });
  const customer = data?.customer;
  if (!customer) {
    return (
      <>
        <h1>Customer {customerId}</h1>
        {fetching ? (
          <p className="loading" aria-busy="true">
            Loading the customer…
          </p>
        ) : (
          <ErrorNotice error={error} title="The card could not be loaded." />
        )}
      </>
    );
  }
  return (
    <article className="customer-card" aria-labelledby="card-name">
      <header className="card-header">
        <h1 id="card-name">{customer.name}</h1>
        <a href={`/console/customer/${encodeURIComponent(customer.id)}`} target="_blank" rel="noopener noreferrer">
          Open in console
        </a>
      </header>
      <dl className="card-facts">
        <div>
          <dt>Tier</dt>
          <dd>{humanize(customer.tier)}</dd>
        </div>
        <div>
          <dt>Preferred channel</dt>
          <dd>
            <ChannelIcon channel={customer.preferredChannel} /> {humanize(customer.preferredChannel)}
          </dd>
        </div>
        <div>
          <dt>E-mail</dt>
          <dd>{customer.email}</dd>
        </div>
      </dl>
      <ErrorNotice error={error} partial title="Part of the card could not be loaded:" />
      <OpenTickets tickets={customer.tickets} />
      <LatestOrder orders={customer.orders} />
    </article>
  );
}

function OpenTickets({ tickets }: { tickets: Customer['tickets'] }) {
  return (
    <section aria-labelledby="card-tickets">
      <h2 id="card-tickets">Open tickets{tickets ? ` (${tickets.totalCount})` : ''}</h2>
      {!tickets ? (
        <p className="muted">Tickets could not be loaded.</p>
      ) : tickets.edges.length === 0 ? (
        <p className="muted">None open.</p>
      ) : (
        <ul className="card-list">
          {tickets.edges.map(({ node: ticket }) => {
            const sla = slaState(ticket);
            return (
              <li key={ticket.id}>
                <span className="card-strong">{ticket.number}</span> {ticket.subject}{' '}
                <span className="badge">{humanize(ticket.status)}</span>{' '}
                <span className={`badge badge-${sla.tone}`} title={formatDateTime(ticket.slaDueAt)}>
                  {sla.breached ? 'SLA breached' : `SLA due ${formatRelative(ticket.slaDueAt)}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function LatestOrder({ orders }: { orders: Customer['orders'] }) {
  const order = orders?.edges[0]?.node;
  const parcel = orders ? latestShipment(orders.edges.map(({ node }) => node)) : undefined;
  return (
    <>
      <section aria-labelledby="card-order">
        <h2 id="card-order">Latest order</h2>
        {!orders ? (
          <p className="muted">Orders could not be loaded.</p>
        ) : !order ? (
          <p className="muted">No orders yet.</p>
        ) : (
          <p>
            <span className="card-strong">{order.number}</span> <span className="badge">{humanize(order.status)}</span>{' '}
            <span className="muted">
              {formatDate(order.placedAt)} · {formatMoney(order.total)}
            </span>
          </p>
        )}
      </section>
      <section aria-labelledby="card-parcel">
        <h2 id="card-parcel">Latest parcel</h2>
        {!orders ? (
          <p className="muted">Parcels could not be loaded.</p>
        ) : !parcel ? (
          <p className="muted">No parcels yet.</p>
        ) : (
          <p>
            <span className="card-strong">{parcel.trackingNumber}</span> {parcel.carrier}{' '}
            <span
              className={`badge ${parcel.status === 'LOST' || parcel.status === 'EXCEPTION' ? 'badge-danger' : parcel.status === 'DELIVERED' ? 'badge-ok' : ''}`}
            >
              {humanize(parcel.status)}
            </span>{' '}
            <span className="muted">
              {parcel.deliveredAt
                ? `delivered ${formatDate(parcel.deliveredAt)}`
                : parcel.estimatedDeliveryAt
                  ? `expected ${formatDate(parcel.estimatedDeliveryAt)}`
                  : ''}
            </span>
          </p>
        )}
      </section>
    </>
  );
}
