import { IDENTIFIERS } from '../../../platform/identifierForms';

/** What a typed identifier can be; each kind has one lookup query (find/lookupCustomer.ts). */
export type IdentifierKind =
  | 'customerId'
  | 'email'
  | 'phone'
  | 'orderNumber'
  | 'orderId'
  | 'trackingNumber'
  | 'shipmentId'
  | 'ticketNumber'
  | 'ticketId';

/** One reading of the input: the kind, and the value in the form its lookup expects. */
export interface IdentifierCandidate {
  kind: IdentifierKind;
  value: string;
}

/** The longest input read at all (an e-mail address's limit, the longest identifier form). */
export const MAX_INPUT_LENGTH = IDENTIFIERS.email.maxLength;

// Prefixes decide the kind; the value's exact form is the server's to check, so "cus_abc" still reaches crm and the
// person reads its INVALID_IDENTIFIER message (which names the expected form) rather than a vaguer one of ours.
const PREFIXED: readonly { prefix: RegExp; kind: IdentifierKind; normalize: (text: string) => string }[] = [
  { prefix: /^cus_/i, kind: 'customerId', normalize: (text) => text.toLowerCase() },
  { prefix: /^ord_/i, kind: 'orderId', normalize: (text) => text.toLowerCase() },
  { prefix: /^shp_/i, kind: 'shipmentId', normalize: (text) => text.toLowerCase() },
  { prefix: /^tkt_/i, kind: 'ticketId', normalize: (text) => text.toLowerCase() },
  { prefix: /^ord-/i, kind: 'orderNumber', normalize: (text) => text.toUpperCase() },
  { prefix: /^t-/i, kind: 'ticketNumber', normalize: (text) => text.toUpperCase() },
];

// what people type around a phone number's digits: spaces, dashes, dots, slashes and brackets
const PHONE_PUNCTUATION = /[\s\-./()]/g;
const INTERNATIONAL_PHONE = /^(?:\+|00)[\d\s\-./()]+$/;
const NATIONAL_PHONE = /^0[1-9][\d\s\-./()]*$/;

/**
 * Which identifiers `input` may be, most likely first (empty when none). Pure and bounded: input longer than
 * MAX_INPUT_LENGTH is not read at all, and every pattern below is a single anchored pass.
 * An all-digit string is a tracking number (some carriers use only digits); with a leading `00` or `+` it is a phone
 * number first. A national number (`0151 …`) cannot be told from a tracking number: see phoneNeedsCountryCode.
 */
export function recognizeIdentifier(input: string): IdentifierCandidate[] {
  if (input.length > MAX_INPUT_LENGTH) return [];
  const text = input.trim();
  if (text === '') return [];
  for (const { prefix, kind, normalize } of PREFIXED) {
    if (prefix.test(text)) return [{ kind, value: normalize(text) }];
  }
  if (text.includes('@')) return [{ kind: 'email', value: text }];
  const candidates: IdentifierCandidate[] = [];
  if (INTERNATIONAL_PHONE.test(text)) {
    const compact = text.replace(PHONE_PUNCTUATION, '');
    candidates.push({ kind: 'phone', value: compact.startsWith('00') ? `+${compact.slice(2)}` : compact });
  }
  // carriers print tracking numbers in groups; the lookup ignores case and spaces, we send the canonical form. Every
  // carrier's has digits: a word or a name ("Maria Keller") is not one
  const tracking = text.replace(/\s/g, '').toUpperCase();
  if (IDENTIFIERS.trackingNumber.pattern.test(tracking) && /\d/.test(tracking)) {
    candidates.push({ kind: 'trackingNumber', value: tracking });
  }
  return candidates;
}

/** Whether `input` looks like a phone number without its country code (`0151 1234 5671`), which we cannot look up. */
export function phoneNeedsCountryCode(input: string): boolean {
  if (input.length > MAX_INPUT_LENGTH) return false;
  const text = input.trim();
  return NATIONAL_PHONE.test(text) && text.replace(PHONE_PUNCTUATION, '').length >= 6;
}

/** How the page names a kind ("Looks like a tracking number"). */
export const KIND_LABELS: Readonly<Record<IdentifierKind, string>> = {
  customerId: 'customer id',
  email: 'e-mail address',
  phone: 'phone number',
  orderNumber: 'order number',
  orderId: 'order id',
  trackingNumber: 'tracking number',
  shipmentId: 'shipment id',
  ticketNumber: 'ticket number',
  ticketId: 'ticket id',
};

/** "a phone number or a tracking number" */
export function describeKinds(candidates: readonly IdentifierCandidate[]): string {
  return candidates
    .map(({ kind }) => {
      const label = KIND_LABELS[kind];
      return `${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`;
    })
    .join(' or ');
}

/** The forms the search box accepts, with an example each, for the "not recognised" message. */
export const ACCEPTED_FORMS: readonly { label: string; example: string }[] = [
  { label: 'Customer id', example: 'cus_1' },
  { label: 'E-mail address', example: 'maria.keller@example.com' },
  { label: 'Phone number with its country code', example: '+49 151 12345671 or 0049 151 12345671' },
  { label: 'Order number or id', example: 'ORD-100001, ord_1' },
  { label: 'Tracking number', example: 'DHL00012345678' },
  { label: 'Shipment id', example: 'shp_1' },
  { label: 'Ticket number or id', example: 'T-100001, tkt_1' },
];
