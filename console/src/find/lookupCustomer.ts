import type { Client, CombinedError, OperationResult } from '@urql/core';
import {
  ConsoleFindCustomerByEmailDocument,
  ConsoleFindCustomerByPhoneDocument,
  ConsoleFindCustomerDocument,
  ConsoleFindOrderByNumberDocument,
  ConsoleFindOrderDocument,
  ConsoleFindShipmentByTrackingNumberDocument,
  ConsoleFindShipmentDocument,
  ConsoleFindTicketByNumberDocument,
  ConsoleFindTicketDocument,
} from '../../../operations/__generated__/graphql';
import { shownErrors } from '../ui/graphqlErrors';
import type { IdentifierCandidate, IdentifierKind } from './recognizeIdentifier';

/** What one lookup found: the customer to open, and for a ticket the anchor of the ticket on their page. */
export type LookupOutcome =
  | { kind: 'found'; customer: { id: string; name: string }; hash?: string | undefined }
  | { kind: 'notFound' }
  /** INVALID_IDENTIFIER: the server's message names the form it expected. */
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string };

interface Found {
  customer: { id: string; name: string } | null;
  hash?: string | undefined;
}

type Lookup = (client: Client, value: string) => Promise<{ found: Found | null; error: CombinedError | undefined }>;

// every lookup goes to the network: a cached miss must not hide a customer created since, and email and phone
// lookups are audited by crm, which only a request reaches
const NETWORK = { requestPolicy: 'network-only' } as const;

function outcome<T>(result: OperationResult<T>, pick: (data: T) => Found | null | undefined) {
  return { found: (result.data && pick(result.data)) ?? null, error: result.error };
}

// the customer page gives each order, parcel and ticket an id of this form, and scrolls to the one in the fragment
const atOrder = (order: { number: string; customer: Found['customer'] } | null) =>
  order && { customer: order.customer, hash: `order-${order.number}` };
const atParcel = (parcel: { trackingNumber: string; customer: Found['customer'] } | null) =>
  parcel && { customer: parcel.customer, hash: `parcel-${parcel.trackingNumber}` };

const LOOKUPS: Readonly<Record<IdentifierKind, Lookup>> = {
  customerId: async (client, id) =>
    outcome(await client.query(ConsoleFindCustomerDocument, { id }, NETWORK).toPromise(), (data) =>
      data.customer ? { customer: data.customer } : null,
    ),
  email: async (client, email) =>
    outcome(await client.query(ConsoleFindCustomerByEmailDocument, { email }, NETWORK).toPromise(), (data) =>
      data.customerByEmail ? { customer: data.customerByEmail } : null,
    ),
  phone: async (client, phone) =>
    outcome(await client.query(ConsoleFindCustomerByPhoneDocument, { phone }, NETWORK).toPromise(), (data) =>
      data.customerByPhone ? { customer: data.customerByPhone } : null,
    ),
  orderId: async (client, id) =>
    outcome(await client.query(ConsoleFindOrderDocument, { id }, NETWORK).toPromise(), (data) => atOrder(data.order)),
  orderNumber: async (client, number) =>
    outcome(await client.query(ConsoleFindOrderByNumberDocument, { number }, NETWORK).toPromise(), (data) =>
      atOrder(data.orderByNumber),
    ),
  shipmentId: async (client, id) =>
    outcome(await client.query(ConsoleFindShipmentDocument, { id }, NETWORK).toPromise(), (data) =>
      atParcel(data.shipment),
    ),
  trackingNumber: async (client, trackingNumber) =>
    outcome(
      await client.query(ConsoleFindShipmentByTrackingNumberDocument, { trackingNumber }, NETWORK).toPromise(),
      (data) => atParcel(data.shipmentByTrackingNumber),
    ),
  ticketId: async (client, id) =>
    outcome(await client.query(ConsoleFindTicketDocument, { id }, NETWORK).toPromise(), (data) =>
      data.ticket ? { customer: data.ticket.customer, hash: `ticket-${data.ticket.number}` } : null,
    ),
  ticketNumber: async (client, number) =>
    outcome(await client.query(ConsoleFindTicketByNumberDocument, { number }, NETWORK).toPromise(), (data) =>
      data.ticketByNumber
        ? { customer: data.ticketByNumber.customer, hash: `ticket-${data.ticketByNumber.number}` }
        : null,
    ),
};

/**
 * Tries each reading of the input in order (a phone number, then a tracking number) and stops at the first that
 * finds a customer or fails outright (the gateway unreachable, a subgraph down). A reading the token may not use
 * (FORBIDDEN: analysts may not search by phone) lets the next one try, and is the answer if none finds anybody: it
 * says more than "no match". Then NOT_FOUND from any reading is `notFound`; INVALID_IDENTIFIER from every reading is
 * the first server message (it names the expected form).
 */
export async function lookupCustomer(
  client: Client,
  candidates: readonly IdentifierCandidate[],
): Promise<LookupOutcome> {
  let invalid: string | undefined;
  let refused: string | undefined;
  let missed = false;
  for (const { kind, value } of candidates) {
    const { found, error } = await LOOKUPS[kind](client, value);
    if (found?.customer) return { kind: 'found', customer: found.customer, hash: found.hash };
    const [first] = shownErrors(error);
    if (!first) {
      // the order or parcel exists but its customer did not come back, with no error to say why
      if (found)
        return {
          kind: 'failed',
          message: 'Found it, but the gateway did not say whose it is. Try the customer id or e-mail address instead.',
        };
      missed = true;
    } else if (first.code === 'NOT_FOUND') missed = true;
    else if (first.code === 'INVALID_IDENTIFIER') invalid ??= first.message;
    else if (first.code === 'FORBIDDEN') refused ??= first.message;
    else return { kind: 'failed', message: first.message };
  }
  if (refused !== undefined) return { kind: 'failed', message: refused };
  if (missed || invalid === undefined) return { kind: 'notFound' };
  return { kind: 'invalid', message: invalid };
}
