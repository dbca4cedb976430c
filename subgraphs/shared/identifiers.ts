import { ErrorCode, invalidIdentifier, UserInputError } from './errors';

/**
 * The shape of every public identifier, so a malformed one is rejected before any SQL runs. `maxLength` is the
 * longest value accepted as sent (spaces, dashes and brackets a normaliser drops included), checked before any other
 * work, so no pass over the caller's text (trim, normalisation, the pattern, the message) is ever longer than that.
 * Keep them in step with the SDL descriptions of the arguments (schema/*.graphql): the schema documents them.
 */
export const IDENTIFIERS = {
  customerId: { maxLength: 64, pattern: /^cus_[1-9]\d{0,11}$/, expected: 'cus_<number>, e.g. cus_1' },
  orderId: { maxLength: 64, pattern: /^ord_[1-9]\d{0,11}$/, expected: 'ord_<number>, e.g. ord_1' },
  orderNumber: { maxLength: 64, pattern: /^ORD-\d{6,12}$/, expected: 'ORD-<6 to 12 digits>, e.g. ORD-100001' },
  sku: { maxLength: 64, pattern: /^SKU-\d{4,8}$/, expected: 'SKU-<4 to 8 digits>, e.g. SKU-0001' },
  shipmentId: { maxLength: 64, pattern: /^shp_[1-9]\d{0,11}$/, expected: 'shp_<number>, e.g. shp_1' },
  trackingNumber: {
    maxLength: 64,
    pattern: /^[\dA-Z]{8,30}$/,
    expected: '8 to 30 letters and digits, e.g. DHL00012345678',
  },
  ticketId: { maxLength: 64, pattern: /^tkt_[1-9]\d{0,11}$/, expected: 'tkt_<number>, e.g. tkt_1' },
  ticketNumber: { maxLength: 64, pattern: /^T-\d{6,12}$/, expected: 'T-<6 to 12 digits>, e.g. T-100001' },
  agentId: { maxLength: 64, pattern: /^agt_[1-9]\d{0,11}$/, expected: 'agt_<number>, e.g. agt_1' },
  teamCode: {
    maxLength: 64,
    pattern: /^[a-z][_a-z]{0,39}$/,
    expected: 'a team code in lower case, e.g. billing (see Query.teams)',
  },
  // RFC 5321's limit on a forward path
  email: {
    maxLength: 254,
    pattern: /^[^\s@]+@[^\s@][^\s.@]*\.[^\s@]+$/,
    expected: 'an e-mail address such as maria@example.com',
  },
  // E.164 has at most 15 digits; 40 leaves room for the spaces, dashes and brackets people type
  phone: { maxLength: 40, pattern: /^\+[1-9]\d{6,14}$/, expected: 'a phone number in E.164 form such as +4930123456' },
} as const;

export type IdentifierKind = keyof typeof IDENTIFIERS;

/**
 * Returns `value` (passed through `normalize` if given) if it has the shape of `kind`, else throws
 * INVALID_IDENTIFIER naming `argumentName`. The length is checked first, on the value as sent.
 */
export function checkIdentifier(
  kind: IdentifierKind,
  argumentName: string,
  value: string,
  normalize?: (value: string) => string,
): string {
  const { pattern, expected } = IDENTIFIERS[kind];
  checkLength(kind, argumentName, value);
  const normalized = normalize ? normalize(value) : value;
  if (!pattern.test(normalized)) throw invalidIdentifier(argumentName, normalized, expected);
  return normalized;
}

/** Returns `value` if it is at most `kind`'s maxLength characters long, else throws INVALID_IDENTIFIER saying so. */
export function checkLength(kind: IdentifierKind, argumentName: string, value: string): string {
  const { maxLength, expected } = IDENTIFIERS[kind];
  if (value.length > maxLength) {
    throw new UserInputError(
      ErrorCode.INVALID_IDENTIFIER,
      `${argumentName} is ${value.length} characters long; it may have at most ${maxLength}. Expected ${expected}.`,
      { argumentName, maxLength },
    );
  }
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

/** E-mail addresses are pasted with stray spaces around them. */
export const trim = (value: string): string => value.trim();

/** Order and ticket numbers are typed by hand, in any case. */
export const trimUpperCase = (value: string): string => value.trim().toUpperCase();
