import type { ConsoleCustomerQuery } from '../../../operations/__generated__/graphql';
import { ChannelIcon } from '../ui/ChannelIcon';
import { formatMoney, humanize } from '../ui/format';
import { customerSlaState } from './slaState';

type Customer = NonNullable<ConsoleCustomerQuery['customer']>;

/** The header's facts: who the customer is, what they are worth, and how their open tickets stand. */
export function CustomerFacts({ customer, now }: { customer: Customer; now: number }) {
  const openTickets = customer.openTickets;
  const sla = openTickets
    ? customerSlaState(
        openTickets.edges.map(({ node }) => node),
        now,
      )
    : undefined;
  const lifetimeValue = customer.lifetimeValue;
  return (
    <dl className="customer-facts">
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
        <dt>Lifetime value</dt>
        <dd>
          {lifetimeValue === null
            ? 'Unavailable'
            : lifetimeValue.length === 0
              ? formatMoney({ amount: '0', currency: 'EUR' })
              : lifetimeValue.map(formatMoney).join(' + ')}
          {customer.orderCount !== null && (
            <span className="muted">
              {' '}
              · {customer.orderCount} {customer.orderCount === 1 ? 'order' : 'orders'}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>Open tickets</dt>
        <dd>{openTickets ? openTickets.totalCount : 'Unavailable'}</dd>
      </div>
      <div>
        <dt>SLA</dt>
        <dd>{sla ? <span className={`badge badge-${sla.tone}`}>{sla.text}</span> : 'Unavailable'}</dd>
      </div>
      <div>
        <dt>Email</dt>
        <dd>{customer.email}</dd>
      </div>
      <div>
        <dt>Phone</dt>
        <dd>{customer.phone ?? '—'}</dd>
      </div>
    </dl>
  );
}
