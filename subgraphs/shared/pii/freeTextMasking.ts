import { isSpace } from './freeText/characters';
import { findEmails } from './freeText/findEmails';
import { findIbans } from './freeText/findIbans';
import { findPhonesAndCards } from './freeText/findNumbers';
import { findStreets } from './freeText/findStreets';
import type { Finding, FreeTextKind } from './freeText/finding';
import { findKnownPii, NO_KNOWN_PII } from './freeText/knownPii';
import type { KnownPii } from './freeText/knownPii';
import { splitWords } from './freeText/words';

export type { Finding, FreeTextKind } from './freeText/finding';
export { knownPiiOf, NO_KNOWN_PII, piiDigestsOf } from './freeText/knownPii';
export type { KnownPii, KnownPiiKind, PiiDigest } from './freeText/knownPii';

/**
 * The most of one text that is masked. Every free-text input is capped far below this (a message body at 10,000
 * characters); a longer stored text is cut here rather than shown with an unexamined tail.
 */
export const MAX_MASKED_TEXT_LENGTH = 200_000;

/** What replaces a finding of each kind. */
export const FREE_TEXT_MASKS: Readonly<Record<FreeTextKind, string>> = {
  email: '[email]',
  phone: '[phone]',
  street: '[street]',
  iban: '[iban]',
  card: '[card]',
};

/**
 * Everything personal the detectors find in `text`: e-mail addresses, phone numbers, IBANs, Luhn-valid card
 * numbers, street addresses, and the customer's own values in `known` however they are written. Each detector is
 * one linear pass (no backtracking regex), so the whole is linear in the text's length.
 */
export function findFreeTextPii(text: string, known: KnownPii = NO_KNOWN_PII): Finding[] {
  const words = splitWords(text);
  return [
    ...findEmails(text),
    ...findIbans(text),
    ...findPhonesAndCards(text),
    ...findStreets(words),
    ...findKnownPii(text, known, words),
  ];
}

/**
 * `text` with each finding replaced by its mask (`Call me on [phone] or write to [email]`). Overlapping findings
 * become one mask, named after the one that starts first (the longest of those).
 */
export function maskFreeText(
  text: string,
  known: KnownPii = NO_KNOWN_PII,
  { maxLength = MAX_MASKED_TEXT_LENGTH }: { maxLength?: number } = {},
): string {
  const cut = text.length > maxLength;
  const examined = cut ? cutAtWord(text, maxLength) : text;
  const findings = findFreeTextPii(examined, known).sort((a, b) => a.start - b.start || b.end - a.end);
  let masked = '';
  let position = 0;
  for (const finding of findings) {
    if (finding.end <= position) continue;
    if (finding.start >= position) {
      masked += examined.slice(position, finding.start) + FREE_TEXT_MASKS[finding.kind];
    }
    // an overlapping finding only widens the mask already written
    position = finding.end;
  }
  masked += examined.slice(position);
  return cut ? `${masked} […]` : masked;
}

/** The text up to `maxLength`, without the word the cut would split (half an address would show). */
function cutAtWord(text: string, maxLength: number): string {
  let end = maxLength;
  while (end > 0 && !isSpace(text.charCodeAt(end))) end--;
  return text.slice(0, end > 0 ? end : maxLength);
}
