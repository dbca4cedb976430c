import { createHash } from 'node:crypto';
import type { Finding } from './finding';
import { findNumberRuns, digitsOf } from './numberRuns';
import {
  nationalNumber,
  nationalNumberCandidates,
  normalizeEmail,
  normalizeStreet,
  normalizeStreetWord,
} from './normalize';
import { isHouseNumber } from './findStreets';
import { splitWords } from './words';
import type { Word } from './words';

/** No street name runs longer; a longer window is not compared (and not built further). */
const MAX_WINDOW = 120;

/** What kind of the customer's own value a digest stands for. */
export type KnownPiiKind = 'email' | 'phone' | 'street';

/** One of a customer's own values, as a digest: the tickets subgraph keeps these instead of the values. */
export interface PiiDigest {
  kind: KnownPiiKind;
  /** SHA-256 (hex) of `<kind>:<normalised value>`. */
  digest: string;
  /** Length of the normalised value: only windows of the text that long are hashed and compared. */
  length: number;
}

/** A customer's own e-mail addresses, phone numbers and streets, as digests, ready to be looked for in a text. */
export interface KnownPii {
  readonly digests: ReadonlyMap<string, KnownPiiKind>;
  readonly lengths: ReadonlySet<number>;
  /** How many words the longest street has: windows of the text are never longer. */
  readonly maxWords: number;
}

export const NO_KNOWN_PII: KnownPii = { digests: new Map(), lengths: new Set(), maxWords: 0 };

// Domain separation only, not a secret: these digests spare a second system a clear copy of the values, but an
// e-mail address or phone number is guessable, so a digest of one is pseudonymous, not anonymous.
function digestOf(kind: KnownPiiKind, normalized: string): string {
  return createHash('sha256').update(`c360-pii-v1:${kind}:${normalized}`).digest('hex');
}

function digest(kind: KnownPiiKind, normalized: string): PiiDigest | null {
  return normalized === '' ? null : { kind, digest: digestOf(kind, normalized), length: normalized.length };
}

/**
 * The digests of a customer's values: each e-mail address, each phone number (its national significant number),
 * each street with its house number and, when it has one, without it (a text may name only the street).
 */
export function piiDigestsOf(values: {
  emails?: readonly string[];
  phones?: readonly (string | null)[];
  streets?: readonly string[];
}): PiiDigest[] {
  const digests: (PiiDigest | null)[] = [];
  for (const email of values.emails ?? []) digests.push(digest('email', normalizeEmail(email)));
  for (const phone of values.phones ?? []) if (phone) digests.push(digest('phone', nationalNumber(phone) ?? ''));
  for (const street of values.streets ?? []) {
    const words = street.trim().split(/\s+/u);
    digests.push(digest('street', normalizeStreet(street)));
    const last = words[words.length - 1];
    if (words.length > 1 && last !== undefined && isHouseNumber(last)) {
      const name = normalizeStreet(words.slice(0, -1).join(' '));
      // `Am` alone, say, would mask every `am` in a text
      if (name.length >= 4) digests.push(digest('street', name));
    }
  }
  return digests.filter((entry): entry is PiiDigest => entry !== null);
}

/** Bundles digests (from piiDigestsOf, or rows of a digest table) for findKnownPii. */
export function knownPiiOf(digests: readonly Pick<PiiDigest, 'kind' | 'digest' | 'length'>[]): KnownPii {
  if (digests.length === 0) return NO_KNOWN_PII;
  return {
    digests: new Map(digests.map((entry) => [entry.digest, entry.kind])),
    lengths: new Set(digests.map((entry) => entry.length)),
    // a street of n normalised words matches a window of n words; 5 is plenty for any street name
    maxWords: 5,
  };
}

/** Whether a candidate of this kind and normalised value is one of the customer's own. */
function isKnown(known: KnownPii, kind: KnownPiiKind, normalized: string): boolean {
  return known.lengths.has(normalized.length) && known.digests.get(digestOf(kind, normalized)) === kind;
}

/**
 * The places where the text names one of the customer's own values, however written: windows of up to five
 * words compared with the streets, digit runs with the phone numbers, words with the e-mail addresses. Linear:
 * each word starts at most five windows, each built incrementally, and only windows of a length some digest has
 * are hashed.
 */
export function findKnownPii(text: string, known: KnownPii, words: readonly Word[] = splitWords(text)): Finding[] {
  if (known.digests.size === 0) return [];
  const found: Finding[] = [];
  const normalized = words.map((word) => normalizeStreetWord(word.core));
  for (let from = 0; from < words.length; from++) {
    const word = words[from] as Word;
    if (word.core.includes('@') && isKnown(known, 'email', normalizeEmail(word.core)))
      found.push({ start: word.start, end: word.end, kind: 'email' });
    let window = '';
    for (let to = from; to < words.length && to < from + known.maxWords; to++) {
      const part = normalized[to] as string;
      if (part === '') continue;
      window = window === '' ? part : `${window} ${part}`;
      if (window.length > MAX_WINDOW) break;
      if (isKnown(known, 'street', window)) {
        found.push({ start: word.start, end: (words[to] as Word).end, kind: 'street' });
      }
    }
  }
  for (const run of findNumberRuns(text)) {
    const digits = digitsOf(text, run);
    if (nationalNumberCandidates(digits).some((candidate) => isKnown(known, 'phone', candidate)))
      found.push({ start: run.start, end: run.end, kind: 'phone' });
  }
  return found;
}
