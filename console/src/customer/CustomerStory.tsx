import { useEffect } from 'react';
import type { CombinedError } from '@urql/core';
import type { ConsoleCustomerQuery } from '../../../operations/__generated__/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { shownErrors } from '../ui/graphqlErrors';
import { NotesSection } from './NotesSection';
import { OrdersSection } from './OrdersSection';
import { ParcelsSection } from './ParcelsSection';
import { partialNoticeSentences } from './partialNotice';
import { TicketsSection } from './TicketsSection';
import { TimelineSection } from './TimelineSection';
import type { PageMarks } from './useLiveMarks';
import { useOrderPages } from './useOrderPages';

type Customer = NonNullable<ConsoleCustomerQuery['customer']>;

/** The loaded page below the header: what could not be loaded, tickets beside orders and parcels, the timeline. */
export function CustomerStory({
  customer,
  error,
  marks,
  now,
  refetch,
}: {
  customer: Customer;
  /** The page query's errors: with data, the parts that are missing. */
  error: CombinedError | undefined;
  marks: PageMarks;
  now: number;
  refetch: () => void;
}) {
  const ordersRefreshAt = Math.max(marks.sections.orders ?? 0, marks.sections.parcels ?? 0) || undefined;
  const orderPages = useOrderPages(customer.id, customer.orders, ordersRefreshAt);
  const partial = partialNoticeSentences(shownErrors(error));
  useEffect(() => {
    // Find opens the page at what it found (#ticket-T-100001, #order-…, #parcel-…); the browser scrolled before the
    // page had it, so once, when the story first shows, go there
    const target = decodeURIComponent(location.hash.slice(1));
    if (target) document.getElementById(target)?.scrollIntoView({ block: 'start' });
  }, []);
  const orderNumbers = new Map(orderPages.orders.map((order) => [order.id, order.number]));
  const trackingNumbers = new Map(
    orderPages.orders.flatMap((order) => (order.shipments ?? []).map((parcel) => [parcel.id, parcel.trackingNumber])),
  );
  return (
    <>
      {partial.length > 0 && <ErrorNotice error={error} partial title={partial.join(' ')} />}
      <div className="customer-layout">
        <div className="customer-main">
          <TicketsSection
            tickets={customer.tickets}
            now={now}
            updatedAt={marks.sections.tickets}
            ticketMarks={marks.tickets}
            refs={(ticket) => ({
              order: ticket.order ? orderNumbers.get(ticket.order.id) : undefined,
              parcel: ticket.shipment ? trackingNumbers.get(ticket.shipment.id) : undefined,
            })}
            onChanged={refetch}
          />
        </div>
        <div className="customer-side">
          <OrdersSection pages={orderPages} updatedAt={marks.sections.orders} />
          <ParcelsSection orders={orderPages.orders} updatedAt={marks.sections.parcels} />
          <NotesSection notes={customer.notes} updatedAt={marks.sections.notes} />
        </div>
      </div>
      <TimelineSection customerId={customer.id} firstPage={customer.timeline} updatedAt={marks.sections.timeline} />
    </>
  );
}
