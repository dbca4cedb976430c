import type { ActivityEvent } from '../../shared';

/** The values of the `CustomerTier` enum, as stored in `crm.customers.tier`. */
export type CustomerTierValue = 'STANDARD' | 'SILVER' | 'GOLD' | 'PLATINUM';
/** The values of the `Channel` enum, as stored in `crm.customers.preferred_channel`. */
export type ChannelValue = 'CHAT' | 'EMAIL' | 'PHONE' | 'SOCIAL' | 'WEB_FORM';
/** The values of the `SourceSystem` enum. */
export type SourceSystemValue = 'CRM' | 'ORDERS' | 'INVENTORY' | 'LOGISTICS' | 'TICKETS';

/**
 * An `ActivityEvent` as it arrives in an entity representation: the gateway serialises it to JSON, so
 * `occurredAt` is an ISO string there (and a Date when built in-process).
 */
export type RequiredActivityEvent = Omit<ActivityEvent, 'occurredAt'> & { occurredAt: Date | string };

/** A row of `crm.customers`, plus the activity lists other subgraphs add through `@requires`. */
export interface CustomerRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  tier: CustomerTierValue;
  preferredChannel: ChannelValue;
  createdAt: Date;
  // Only present when the gateway resolves `timeline` through `_entities`; null when a subgraph failed.
  orderActivity?: readonly RequiredActivityEvent[] | null;
  shipmentActivity?: readonly RequiredActivityEvent[] | null;
  ticketActivity?: readonly RequiredActivityEvent[] | null;
}

/** A row of `crm.addresses`. */
export interface AddressRow {
  id: string;
  customerId: string;
  position: number;
  label: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  isDefault: boolean;
}

/** A row of `crm.notes`. */
export interface NoteRow {
  id: string;
  customerId: string;
  author: string;
  body: string;
  createdAt: Date;
}

/** One entry of the merged customer timeline, from whichever system reported it. */
export interface TimelineEntryRow {
  id: string;
  /** The customer whose timeline it is (their own e-mail, phone and streets are masked in `summary`). */
  customerId: string;
  occurredAt: Date;
  system: SourceSystemValue;
  /** Checked against `TimelineEventKind` when resolved: events from other systems arrive as plain strings. */
  kind: string;
  summary: string;
  channel: string | null;
  orderId: string | null;
  shipmentId: string | null;
  ticketId: string | null;
}

/** A reference to an entity another subgraph resolves (Order, Shipment, Ticket). */
export interface EntityRef {
  id: string;
}
