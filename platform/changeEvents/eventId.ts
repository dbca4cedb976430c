/**
 * Change event ids, `<milliseconds>-<sequence>` like Redis stream ids (`1765000000000-0`), so that the memory feed
 * and the Redis feed hand out the same kind of id and a client can resume from either. Ids are compared by both
 * numbers, never as text (`9-0` comes before `10-0`) and never through `Number` (a part may pass 2^53).
 */

/** An id as an example, for messages. */
export const EXAMPLE_EVENT_ID = '1765000000000-0';

/** The longest id a client may send back; longer input is refused before it is looked at. */
export const MAX_EVENT_ID_LENGTH = 40;

/** What a client may send: two runs of at most 16 digits. Linear: no part can match the same text two ways. */
const EVENT_ID = /^\d{1,16}-\d{1,16}$/;

/** How much of a refused value a message quotes. */
const QUOTED_LENGTH = 24;

export function formatEventId(milliseconds: number, sequence: number): string {
  return `${milliseconds}-${sequence}`;
}

/** The digits without leading zeros (`0` stays `0`): equal numbers, equal text. */
function canonicalDigits(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
  return digits.slice(start);
}

/** Compares two numbers written in decimal digits, of any length. */
function compareDigits(a: string, b: string): number {
  const x = canonicalDigits(a);
  const y = canonicalDigits(b);
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** The two parts of an id; an id without a sequence (`1765000000000`, as Redis accepts) has sequence 0. */
function parts(id: string): [string, string] {
  const dash = id.indexOf('-');
  return dash < 0 ? [id, '0'] : [id.slice(0, dash), id.slice(dash + 1)];
}

/** Negative when `a` comes before `b`, 0 when they are the same id, positive after. For well-formed ids. */
export function compareEventIds(a: string, b: string): number {
  const [aMs, aSeq] = parts(a);
  const [bMs, bSeq] = parts(b);
  return compareDigits(aMs, bMs) || compareDigits(aSeq, bSeq);
}

export type ParsedEventId = { ok: true; id: string } | { ok: false; message: string };

/** A refused value as a message quotes it: short, and with control characters escaped. */
function quote(value: string): string {
  const shown = value.length > QUOTED_LENGTH ? `${value.slice(0, QUOTED_LENGTH)}…` : value;
  return JSON.stringify(shown);
}

function describe(value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : `a ${typeof value}`;
  if (value === '') return 'an empty value';
  if (value.length > MAX_EVENT_ID_LENGTH)
    return `${quote(value)} (${value.length} characters; an id has at most ${MAX_EVENT_ID_LENGTH})`;
  return quote(value);
}

/**
 * An event id a client sent back (the Last-Event-ID header, a `lastEventId` argument), checked: the id in canonical
 * form (no leading zeros), or a message saying what is wrong. Never throws, whatever `value` is, and takes time
 * linear in at most MAX_EVENT_ID_LENGTH characters.
 */
export function parseEventId(value: unknown, source = 'Last-Event-ID'): ParsedEventId {
  if (typeof value === 'string' && value.length <= MAX_EVENT_ID_LENGTH && EVENT_ID.test(value)) {
    const [ms, seq] = parts(value);
    return { ok: true, id: `${canonicalDigits(ms)}-${canonicalDigits(seq)}` };
  }
  return {
    ok: false,
    message: `${source} must be an event id such as ${EXAMPLE_EVENT_ID}, as sent in \`eventId\`; got ${describe(value)}.`,
  };
}
