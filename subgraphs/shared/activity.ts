/**
 * One event a subgraph reports about a customer, in the shape of the internal `ActivityEvent` GraphQL type.
 * CRM's `Customer.timeline` requires these lists from orders, logistics and tickets and merges them.
 * `kind` is a `TimelineEventKind` value; `channel` a `Channel` value.
 */
export interface ActivityEvent {
  /** Unique across systems: `<system>:<record id>:<what>`, e.g. `orders:ord_7:placed`. */
  id: string;
  occurredAt: Date;
  kind: string;
  summary: string;
  orderId: string | null;
  shipmentId: string | null;
  ticketId: string | null;
  channel: string | null;
}
