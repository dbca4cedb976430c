import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * One word of a street as it is compared: lower case, `strasse` and `str.` read as `straße`, and nothing but
 * letters and digits. `Friedrichstr.` and `Friedrichstrasse` are then the same word as `Friedrichstraße`.
 */
export function normalizeStreetWord(word: string): string {
  let lower = word.toLowerCase();
  if (lower.endsWith('str.')) lower = `${lower.slice(0, -4)}straße`;
  else if (lower.endsWith('str')) lower = `${lower.slice(0, -3)}straße`;
  lower = lower.replaceAll('strasse', 'straße');
  let kept = '';
  for (const char of lower) if (/[\p{L}\p{N}]/u.test(char)) kept += char;
  return kept;
}

/** A whole street, word by word (see normalizeStreetWord), joined by single spaces. */
export function normalizeStreet(street: string): string {
  return street
    .split(/\s+/u)
    .map(normalizeStreetWord)
    .filter((word) => word !== '')
    .join(' ');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The national significant number of an E.164 phone number (`+4915112345671` → `15112345671`): what stays the same
 * however the number is written (`0151 …`, `+49 151 …`, `0049 151 …`).
 */
export function nationalNumber(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164.trim());
  return parsed ? parsed.nationalNumber : null;
}

/**
 * The national significant numbers a run of digits may stand for: without a trunk 0, or without a 1- to 3-digit
 * country code (and a `(0)` after it). At most four, whatever the run.
 */
export function nationalNumberCandidates(digits: string): string[] {
  const candidates = new Set<string>();
  const withoutInternationalPrefix = digits.startsWith('00') ? digits.slice(2) : digits;
  candidates.add(withoutInternationalPrefix.replace(/^0+/u, ''));
  for (let countryCode = 1; countryCode <= 3; countryCode++)
    candidates.add(withoutInternationalPrefix.slice(countryCode).replace(/^0+/u, ''));
  return [...candidates];
}
