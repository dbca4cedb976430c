import type { Carrier, OrderRow, ShipmentRow, ShipmentStatus, TrackingEventRow } from './rows';
import type { StoryContext } from './storyContext';
import { DAY, HOUR, MINUTE, plus } from './time';
import { HUBS } from './vocabulary';

/** How the parcel's journey ends, if `asOf` lets it get that far. */
export type ParcelFate = 'DELIVERED' | 'LOST' | 'RETURNED';

export interface ShippedParcel {
  shipment: ShipmentRow;
  /** When the journey reached its end (delivered, declared lost, back with us), or null if it has not yet. */
  endedAt: Date | null;
}

const CARRIERS: readonly (readonly [Carrier, number])[] = [
  ['DHL', 40],
  ['HERMES', 20],
  ['DPD', 15],
  ['GLS', 13],
  ['UPS', 12],
];

/** Carrier prefix, 4 random digits and the shipment number: unique because the shipment number is. */
export function trackingNumberFor(carrier: Carrier, shipmentNumber: number, randomDigits: string): string {
  return `${carrier}${randomDigits}${String(shipmentNumber).padStart(8, '0')}`;
}

interface PlannedEvent {
  at: Date;
  status: ShipmentStatus;
  location: string | null;
  description: string;
}

/**
 * Ships a parcel for `order` whose label is printed at `labelAt`, plans its whole journey, then keeps only the
 * scans that happened by `asOf`: the shipment's status is its latest kept scan, as a carrier would report it.
 */
export function shipParcel(
  ctx: StoryContext,
  order: OrderRow,
  labelAt: Date,
  fate: ParcelFate,
  route: { fromCity: string; toCity: string },
): ShippedParcel {
  const { r } = ctx;
  const { id, n } = ctx.ids.shipment();
  const carrier = r.weighted(CARRIERS);
  const hub = r.pick(HUBS);
  const plan: PlannedEvent[] = [
    {
      at: labelAt,
      status: 'LABEL_CREATED',
      location: `${route.fromCity} warehouse`,
      description: 'Shipping label created',
    },
  ];
  let t = plus(labelAt, r.int(2, 10) * HOUR);
  const pickedUpAt = t;
  plan.push({
    at: t,
    status: 'IN_TRANSIT',
    location: `${route.fromCity} warehouse`,
    description: `Picked up by ${carrier}`,
  });
  t = plus(t, r.int(4, 16) * HOUR + r.int(0, 59) * MINUTE);
  plan.push({ at: t, status: 'IN_TRANSIT', location: `${hub} hub`, description: `Arrived at ${hub} hub` });
  const estimatedDeliveryAt = plus(pickedUpAt, r.int(1, 3) * DAY + r.int(2, 8) * HOUR);

  if (fate === 'LOST') {
    t = plus(t, r.int(2, 4) * DAY);
    plan.push({
      at: t,
      status: 'EXCEPTION',
      location: `${hub} hub`,
      description: `No scan since ${hub} hub; carrier investigation opened`,
    });
    t = plus(t, r.int(3, 6) * DAY);
    plan.push({ at: t, status: 'LOST', location: `${hub} hub`, description: `Declared lost in transit at ${hub} hub` });
  } else {
    t = plus(t, r.int(10, 20) * HOUR);
    plan.push({
      at: t,
      status: 'OUT_FOR_DELIVERY',
      location: `${route.toCity} delivery base`,
      description: 'Out for delivery',
    });
    if (fate === 'RETURNED') {
      t = plus(t, r.int(2, 8) * HOUR);
      plan.push({
        at: t,
        status: 'EXCEPTION',
        location: route.toCity,
        description: 'Delivery failed: recipient unknown at this address',
      });
      t = plus(t, r.int(2, 5) * DAY);
      plan.push({ at: t, status: 'RETURNED', location: `${hub} hub`, description: 'Returned to sender' });
    } else {
      if (r.chance(0.07)) {
        t = plus(t, r.int(2, 8) * HOUR);
        plan.push({
          at: t,
          status: 'EXCEPTION',
          location: route.toCity,
          description: 'Recipient not at home; next attempt on the next working day',
        });
        t = plus(t, r.int(16, 24) * HOUR);
        plan.push({
          at: t,
          status: 'OUT_FOR_DELIVERY',
          location: `${route.toCity} delivery base`,
          description: 'Out for delivery (second attempt)',
        });
      }
      t = plus(t, r.int(1, 8) * HOUR + r.int(0, 59) * MINUTE);
      const how = r.weighted([
        ['Delivered to the recipient', 70],
        ['Delivered to a neighbour', 18],
        ['Left at a parcel locker', 12],
      ] as const);
      plan.push({ at: t, status: 'DELIVERED', location: route.toCity, description: how });
    }
  }

  const happened = plan.filter((event) => event.at.getTime() <= ctx.asOf.getTime());
  const last = happened[happened.length - 1];
  if (!last) throw new Error('invariant violated: shipParcel called with a label time after asOf');
  const finished = happened.length === plan.length;
  const shipment: ShipmentRow = {
    id,
    tracking_number: trackingNumberFor(carrier, n, r.digits(4)),
    order_id: order.id,
    customer_id: order.customer_id,
    carrier,
    status: last.status,
    created_at: labelAt,
    shipped_at: happened.length > 1 ? pickedUpAt : null,
    estimated_delivery_at: happened.length > 1 ? estimatedDeliveryAt : null,
    delivered_at: last.status === 'DELIVERED' ? last.at : null,
  };
  ctx.rows.shipments.push(shipment);
  for (const event of happened) {
    const row: TrackingEventRow = {
      id: ctx.ids.row('event'),
      shipment_id: id,
      occurred_at: event.at,
      status: event.status,
      location: event.location,
      description: event.description,
    };
    ctx.rows.trackingEvents.push(row);
  }
  return { shipment, endedAt: finished ? last.at : null };
}
