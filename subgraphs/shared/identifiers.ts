import { invalidIdentifier } from './errors';

/** The shape of every public identifier, so a malformed one is rejected before any SQL runs. */
export const IDENTIFIERS = {
  customerId: { pattern: /^cus_[1-9][0-9]{0,11}$/, expected: 'cus_<number>, e.g. cus_1' },
  orderId: { pattern: /^ord_[1-9][0-9]{0,11}$/, expected: 'ord_<number>, e.g. ord_1' },
  orderNumber: { pattern: /^ORD-[0-9]{6,12}$/, expected: 'ORD-<6 to 12 digits>, e.g. ORD-100001' },
  sku: { pattern: /^SKU-[0-9]{4,8}$/, expected: 'SKU-<4 to 8 digits>, e.g. SKU-0001' },
  shipmentId: { pattern: /^shp_[1-9][0-9]{0,11}$/, expected: 'shp_<number>, e.g. shp_1' },
  trackingNumber: { pattern: /^[A-Z0-9]{8,30}$/, expected: '8 to 30 letters and digits, e.g. DHL00012345678' },
  ticketId: { pattern: /^tkt_[1-9][0-9]{0,11}$/, expected: 'tkt_<number>, e.g. tkt_1' },
  ticketNumber: { pattern: /^T-[0-9]{6,12}$/, expected: 'T-<6 to 12 digits>, e.g. T-100001' },
  agentId: { pattern: /^agt_[1-9][0-9]{0,11}$/, expected: 'agt_<number>, e.g. agt_1' },
  teamCode: { pattern: /^[a-z][a-z_]{0,39}$/, expected: 'a team code in lower case, e.g. billing (see Query.teams)' },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, expected: 'an e-mail address such as maria@example.com' },
  phone: { pattern: /^\+[1-9][0-9]{6,14}$/, expected: 'a phone number in E.164 form such as +4930123456' },
} as const;

export type IdentifierKind = keyof typeof IDENTIFIERS;

/** Returns `value` if it has the shape of `kind`, else throws INVALID_IDENTIFIER naming `argumentName`. */
export function checkIdentifier(kind: IdentifierKind, argumentName: string, value: string): string {
  const { pattern, expected } = IDENTIFIERS[kind];
  if (!pattern.test(value)) throw invalidIdentifier(argumentName, value, expected);
  return value;
}

/** Tracking numbers are typed by hand: upper-case them and drop spaces before checking. */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Phone numbers are typed by hand: drop spaces, dashes, dots and brackets before checking. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s\-().]/g, '');
}
