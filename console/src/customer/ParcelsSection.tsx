import type { ConsoleCustomerOrderFragment } from '../../../operations/__generated__/graphql';
import { formatDate, formatDateTime, humanize } from '../ui/format';
import { UpdatedMark } from '../ui/UpdatedMark';

type Parcel = NonNullable<ConsoleCustomerOrderFragment['shipments']>[number];

/** A parcel in trouble gets a red badge (with its status in words: colour is never the only signal). */
const STATUS_TONE: Record<string, string> = {
  LOST: 'badge-danger',
  EXCEPTION: 'badge-danger',
  RETURNED: 'badge-warn',
  DELIVERED: 'badge-ok',
};

/** The parcels of the orders on the page, with their tracking history, newest event first. */
export function ParcelsSection({
  orders,
  updatedAt,
}: {
  orders: readonly ConsoleCustomerOrderFragment[];
  updatedAt: number | undefined;
}) {
  const parcels = orders.flatMap((order) => (order.shipments ?? []).map((parcel) => ({ parcel, order })));
  const missing = orders.some((order) => order.shipments === null);
  return (
    <section className="customer-section panel" aria-labelledby="customer-parcels-heading">
      <div className="section-heading">
        <h2 id="customer-parcels-heading">Parcels</h2>
        <UpdatedMark at={updatedAt} />
      </div>
      {missing && <p className="muted">Parcel data is unavailable right now.</p>}
      {parcels.length === 0 && !missing && <p className="muted">No parcels for these orders.</p>}
      {parcels.map(({ parcel, order }) => (
        <ParcelArticle key={parcel.id} parcel={parcel} orderNumber={order.number} />
      ))}
    </section>
  );
}

function ParcelArticle({ parcel, orderNumber }: { parcel: Parcel; orderNumber: string }) {
  const headingId = `parcel-${parcel.id}-heading`;
  const events = [...parcel.events].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  return (
    <article id={`parcel-${parcel.trackingNumber}`} className="parcel" aria-labelledby={headingId}>
      <header className="order-header">
        <h3 id={headingId}>{parcel.trackingNumber}</h3>
        <span className={`badge ${STATUS_TONE[parcel.status] ?? ''}`}>{humanize(parcel.status)}</span>
        <span className="muted">
          {parcel.carrier} · order {orderNumber}
        </span>
      </header>
      <p className="muted parcel-dates">
        {parcel.shippedAt && <>Shipped {formatDate(parcel.shippedAt)}</>}
        {parcel.deliveredAt ? (
          <> · delivered {formatDate(parcel.deliveredAt)}</>
        ) : (
          parcel.estimatedDeliveryAt && <> · expected {formatDate(parcel.estimatedDeliveryAt)}</>
        )}
      </p>
      {events.length > 0 && (
        <ol className="tracking-events" aria-label={`Tracking events ${parcel.trackingNumber}`}>
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> ·{' '}
              <span className={`badge ${STATUS_TONE[event.status] ?? ''}`}>{humanize(event.status)}</span>{' '}
              {event.description}
              {event.location && <span className="muted"> · {event.location}</span>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
