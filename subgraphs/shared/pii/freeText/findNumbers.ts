import type { Finding } from './finding';
import { passesLuhn } from './luhn';
import { digitsOf, findNumberRuns } from './numberRuns';
import type { DigitGroup, NumberRun } from './numberRuns';

const CARD_DIGITS = { min: 13, max: 19 };

/** `06.12.2026`, `6/12/26`, `2026-12-06`: dates are written with the same separators as phone numbers. */
function isDate(run: NumberRun): boolean {
  if (run.groups.length !== 3 || run.plus || run.bracket) return false;
  const [a, b, c] = run.groups.map((group) => group.end - group.start) as [number, number, number];
  const separator = run.separators[0];
  if (!separator || run.separators[1] !== separator || !['.', '/', '-'].includes(separator)) return false;
  return (a <= 2 && b <= 2 && (c === 2 || c === 4)) || (a === 4 && b <= 2 && c <= 2);
}

/**
 * Card numbers: 13 to 19 digits in groups joined by one space or dash (or none), passing Luhn. Tried on every
 * stretch of consecutive groups, so `4111 1111 1111 1111 12/27` still finds the card before its expiry date.
 * Bounded: a stretch ends once it passes 19 digits, so each group starts at most 19 tries.
 */
function findCards(text: string, run: NumberRun): Finding[] {
  const found: Finding[] = [];
  let from = 0;
  while (from < run.groups.length) {
    // card numbers never start with 0, and are not written after a + or an opening bracket (phone numbers are)
    if (text.charAt((run.groups[from] as DigitGroup).start) === '0' || (from === 0 && (run.plus || run.bracket))) {
      from++;
      continue;
    }
    let best = -1;
    let digits = '';
    for (let to = from; to < run.groups.length; to++) {
      if (to > from && !['', ' ', '-'].includes(run.separators[to - 1] ?? '')) break;
      const group = run.groups[to] as DigitGroup;
      digits += text.slice(group.start, group.end);
      if (digits.length > CARD_DIGITS.max) break;
      if (digits.length >= CARD_DIGITS.min && passesLuhn(digits)) best = to;
    }
    if (best === -1) {
      from++;
      continue;
    }
    found.push({
      start: (run.groups[from] as DigitGroup).start,
      end: (run.groups[best] as DigitGroup).end,
      kind: 'card',
    });
    from = best + 1;
  }
  return found;
}

/**
 * Whether the run reads as a phone number, national or international: `+49 30 1234 5678`, `0049 151 …`,
 * `0151 123 456 71`, `(030) 1234-5678`, `555-123-4567`. Order, ticket and tracking numbers are glued to their
 * prefix (`ORD-100001`) and never reach here; postcodes, amounts and times are too short; dates are recognised.
 */
function isPhone(text: string, run: NumberRun): boolean {
  const digits = digitsOf(text, run);
  const count = digits.length;
  if (isDate(run)) return false;
  if (run.plus) return count >= 8 && count <= 16;
  if (digits.startsWith('00')) return count >= 10 && count <= 17;
  if (digits.startsWith('0')) return count >= 7 && count <= 14;
  if (run.bracket) return count >= 7 && count <= 15;
  // without a prefix only the North American grouping (`555-123-4567`, `555.987.6543`) reads as a phone number;
  // other grouped digits (`2026-118-4471`) are case and reference numbers
  const lengths = run.groups.map((group) => group.end - group.start).join(',');
  return lengths === '3,3,4';
}

function phoneSpan(run: NumberRun): Finding {
  return { start: run.start, end: run.end, kind: 'phone' };
}

/**
 * Two numbers written one after the other with only a space between (`0151 12345671 030 1234567`) make one run;
 * a group that starts with 0 after a space starts a new number.
 */
function splitAtLeadingZeros(text: string, run: NumberRun): NumberRun[] {
  const parts: NumberRun[] = [];
  let from = 0;
  for (let i = 1; i <= run.groups.length; i++) {
    const group = run.groups[i];
    const startsNumber = group && text.charAt(group.start) === '0' && /^\s+$/u.test(run.separators[i - 1] ?? '');
    if (i < run.groups.length && !startsNumber) continue;
    const groups = run.groups.slice(from, i);
    const first = groups[0] as DigitGroup;
    const last = groups[groups.length - 1] as DigitGroup;
    parts.push({
      start: from === 0 ? run.start : first.start,
      end: last.end,
      groups,
      separators: run.separators.slice(from, i - 1),
      plus: from === 0 && run.plus,
      bracket: from === 0 && run.bracket,
    });
    from = i;
  }
  return parts;
}

/** Phone numbers and Luhn-valid card numbers, in one linear pass over the text's digit runs. */
export function findPhonesAndCards(text: string): Finding[] {
  const found: Finding[] = [];
  for (const run of findNumberRuns(text)) {
    const cards = findCards(text, run);
    if (cards.length > 0) {
      found.push(...cards);
      continue;
    }
    if (isPhone(text, run)) {
      found.push(phoneSpan(run));
      continue;
    }
    if (run.groups.length < 2) continue;
    for (const part of splitAtLeadingZeros(text, run)) if (isPhone(text, part)) found.push(phoneSpan(part));
  }
  return found;
}
