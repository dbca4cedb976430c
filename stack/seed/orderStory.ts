import { shipParcel } from './shipmentStory';
import type { ParcelFate } from './shipmentStory';
import type { CustomerRow, OrderLineRow, OrderRow, OrderStatus, PaymentRow, ShipmentRow } from './rows';
import type { StoryContext } from './storyContext';
import { DAY, HOUR, MINUTE, plus } from './time';

/**
 * How an order's life goes if `asOf` lets it run its course. `asOf` then decides how far it got: a DELIVERED
 * order placed an hour ago is still PAID.
 */
export type OrderFate =
  | 'DELIVERED'
  /** cancelled by the customer before it shipped */
  | 'CANCELLED'
  /** the payment failed and was never retried */
  | 'UNPAID'
  /** the carrier lost the parcel; refunded in full */
  | 'LOST'
  /** undeliverable, sent back; refunded in full */
  | 'RETURNED'
  /** delivered with one item damaged; that item refunded */
  | 'DAMAGED';

const FATES: readonly (readonly [OrderFate, number])[] = [
  ['DELIVERED', 86],
  ['CANCELLED', 5],
  ['RETURNED', 3],
  ['DAMAGED', 2.5],
  ['UNPAID', 2],
  ['LOST', 1.5],
];

export interface OrderPlan {
  placedAt: Date;
  fate?: OrderFate;
  /** At most this many lines (1 to 4 by default). */
  maxLines?: number;
  /** Ship from / to: the warehouse city and the customer's city. */
  route: { fromCity: string; toCity: string };
}

export interface PlacedOrder {
  order: OrderRow;
  lines: OrderLineRow[];
  shipments: ShipmentRow[];
  fate: OrderFate;
}

/** Places an order for `customer`, with its lines, payments, refunds and parcels, as far as `asOf` allows. */
export function placeOrder(ctx: StoryContext, customer: CustomerRow, plan: OrderPlan): PlacedOrder {
  const { r, asOf } = ctx;
  const { id, number } = ctx.ids.order();
  const fate = plan.fate ?? r.weighted(FATES);
  const lineCount = r.weighted(
    (
      [
        [1, 45],
        [2, 30],
        [3, 15],
        [4, 10],
      ] as const
    ).filter(([count]) => count <= (plan.maxLines ?? 4)),
  );
  const products = r.sample(ctx.catalogue.products, lineCount);
  const lines: OrderLineRow[] = products.map((product, index) => ({
    id: ctx.ids.row('line'),
    order_id: id,
    position: index + 1,
    sku: product.sku,
    quantity: r.weighted([
      [1, 75],
      [2, 18],
      [3, 7],
    ] as const),
    unit_price_minor: product.price_minor,
  }));
  const total = lines.reduce((sum, line) => sum + line.quantity * line.unit_price_minor, 0);
  const order: OrderRow = {
    id,
    number,
    customer_id: customer.id,
    status: 'PENDING',
    currency: 'EUR',
    total_minor: total,
    placed_at: plan.placedAt,
    cancelled_at: null,
  };
  ctx.rows.orders.push(order);
  ctx.rows.orderLines.push(...lines);
  const placed: PlacedOrder = { order, lines, shipments: [], fate };
  const happened = (at: Date) => at.getTime() <= asOf.getTime();

  const method = r.weighted([
    ['CARD', 45],
    ['PAYPAL', 35],
    ['INVOICE', 12],
    ['GIFT_CARD', 8],
  ] as const);
  let paidAt = plus(plan.placedAt, r.int(1, 15) * MINUTE);
  if (!happened(paidAt)) return placed;
  if (fate === 'UNPAID') {
    pay(ctx, order, method, 'FAILED', paidAt);
    const givenUpAt = plus(paidAt, 2 * DAY);
    if (happened(givenUpAt)) setStatus(order, 'CANCELLED', givenUpAt);
    return placed;
  }
  if (method === 'CARD' && r.chance(0.06)) {
    // declined first, then accepted: a FAILED payment next to a CAPTURED one is normal, not a double charge
    pay(ctx, order, method, 'FAILED', paidAt);
    paidAt = plus(paidAt, r.int(1, 10) * MINUTE);
    if (!happened(paidAt)) return placed;
  }
  if (fate === 'CANCELLED') {
    // cancelled before capture: the authorisation is simply released
    pay(ctx, order, method, 'AUTHORIZED', paidAt);
    order.status = 'PAID';
    const cancelledAt = plus(paidAt, r.int(1, 36) * HOUR);
    if (happened(cancelledAt)) setStatus(order, 'CANCELLED', cancelledAt);
    return placed;
  }
  pay(ctx, order, method, 'CAPTURED', paidAt);
  order.status = 'PAID';

  const labelAt = plus(paidAt, r.int(2, 30) * HOUR);
  if (!happened(labelAt)) return placed;
  const parcelFate: ParcelFate = fate === 'LOST' ? 'LOST' : fate === 'RETURNED' ? 'RETURNED' : 'DELIVERED';
  const parcels = [shipParcel(ctx, order, labelAt, parcelFate, plan.route)];
  // now and then a multi-line order leaves in two parcels, the second a day or two later
  const split = parcelFate === 'DELIVERED' && lines.length > 1 && r.chance(0.08);
  const secondLabelAt = plus(labelAt, r.int(1, 3) * DAY);
  if (split && happened(secondLabelAt)) parcels.push(shipParcel(ctx, order, secondLabelAt, 'DELIVERED', plan.route));
  placed.shipments = parcels.map((parcel) => parcel.shipment);

  if (parcels.some((parcel) => parcel.shipment.shipped_at !== null)) order.status = 'SHIPPED';
  const allArrived =
    parcels.every((parcel) => parcel.shipment.status === 'DELIVERED') && (!split || parcels.length === 2);
  if (allArrived) order.status = 'DELIVERED';
  const endedAt = parcels[0]?.endedAt ?? null;
  if (endedAt && (fate === 'LOST' || fate === 'RETURNED')) {
    const refundedAt = plus(endedAt, r.int(1, 4) * DAY + r.int(0, 8) * HOUR);
    if (happened(refundedAt)) {
      refund(
        ctx,
        order,
        total,
        fate === 'LOST' ? 'Parcel lost by the carrier' : 'Parcel returned to sender as undeliverable',
        refundedAt,
      );
      order.status = 'REFUNDED';
    }
  }
  if (endedAt && fate === 'DAMAGED' && allArrived) {
    const damaged = r.pick(lines);
    const refundedAt = plus(endedAt, r.int(2, 10) * DAY);
    const name = ctx.catalogue.productBySku.get(damaged.sku)?.name ?? damaged.sku;
    if (happened(refundedAt))
      refund(ctx, order, damaged.unit_price_minor || 1, `Item arrived damaged: ${name}`, refundedAt);
  }
  return placed;
}

function setStatus(order: OrderRow, status: OrderStatus, cancelledAt: Date): void {
  order.status = status;
  order.cancelled_at = cancelledAt;
}

export function pay(
  ctx: StoryContext,
  order: OrderRow,
  method: PaymentRow['method'],
  status: PaymentRow['status'],
  at: Date,
): PaymentRow {
  const row: PaymentRow = {
    id: ctx.ids.row('payment'),
    order_id: order.id,
    method,
    status,
    amount_minor: order.total_minor,
    created_at: at,
  };
  ctx.rows.payments.push(row);
  return row;
}

export function refund(ctx: StoryContext, order: OrderRow, amountMinor: number, reason: string, at: Date): void {
  ctx.rows.refunds.push({
    id: ctx.ids.row('refund'),
    order_id: order.id,
    amount_minor: amountMinor,
    reason,
    created_at: at,
  });
}
