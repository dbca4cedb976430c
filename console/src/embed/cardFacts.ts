/** What the card works out from the graph's values (kept apart from the components, so unit tests can read it). */

/** How a ticket stands against its SLA: breached, due within the hour, or on time. */
export function slaState(
  ticket: { slaBreached: boolean; slaDueAt: string },
  now: number = Date.now(),
): { breached: boolean; tone: 'danger' | 'warn' | 'ok' } {
  if (ticket.slaBreached) return { breached: true, tone: 'danger' };
  const due = Date.parse(ticket.slaDueAt);
  if (Number.isNaN(due) || due - now <= 60 * 60_000) return { breached: false, tone: 'warn' };
  return { breached: false, tone: 'ok' };
}

interface ShipmentLike {
  shippedAt?: string | null;
}

/**
 * The parcel sent last among these orders' shipments (orders come newest first): by shipping time, and a parcel not
 * yet shipped (a label only) counts as the newest of its order.
 */
export function latestShipment<S extends ShipmentLike>(
  orders: readonly { shipments?: readonly S[] | null }[],
): S | undefined {
  for (const order of orders) {
    let latest: S | undefined;
    for (const shipment of order.shipments ?? []) {
      if (latest === undefined || rank(shipment) > rank(latest)) latest = shipment;
    }
    if (latest !== undefined) return latest;
  }
  return undefined;
}

function rank(shipment: ShipmentLike): number {
  if (!shipment.shippedAt) return Number.POSITIVE_INFINITY;
  const at = Date.parse(shipment.shippedAt);
  return Number.isNaN(at) ? Number.NEGATIVE_INFINITY : at;
}
