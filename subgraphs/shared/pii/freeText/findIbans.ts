import { createRequire } from 'node:module';
import type * as IbanTools from 'ibantools' with { 'resolution-mode': 'import' };
import { isAsciiLetter, isDigit, isLetterOrDigit } from './characters';
import type { Finding } from './finding';

// ibantools ships one declaration file for its ESM and CommonJS builds, which TypeScript reads as ESM only; the
// CommonJS build is what Node loads for us.
const { countrySpecs, isValidIBAN } = createRequire(__filename)('ibantools') as typeof IbanTools;

/** The longest IBAN the standard allows. */
const IBAN_LENGTH = { max: 34 };

function isAlphanumeric(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/**
 * IBANs, written compact (`DE89370400440532013000`) or in groups (`DE89 3704 0044 0532 0130 00`), that pass the
 * ISO 13616 checksum and their country's format (ibantools). From each place that starts like one (two letters,
 * two digits, at a word start) at most 34 characters are read and one candidate (the country's length) checked, so
 * the work per start is bounded and the whole pass linear.
 */
export function findIbans(text: string): Finding[] {
  const found: Finding[] = [];
  let index = 0;
  while (index + 4 <= text.length) {
    const startsLikeIban =
      isAsciiLetter(text.charCodeAt(index)) &&
      isAsciiLetter(text.charCodeAt(index + 1)) &&
      isDigit(text.charCodeAt(index + 2)) &&
      isDigit(text.charCodeAt(index + 3)) &&
      (index === 0 || !isLetterOrDigit(text, index - 1));
    if (!startsLikeIban) {
      index++;
      continue;
    }
    const match = readIban(text, index);
    if (match) {
      found.push({ start: index, end: match, kind: 'iban' });
      index = match;
    } else index++;
  }
  return found;
}

/** The end of the valid IBAN starting at `start` (its length is its country's), or null. */
function readIban(text: string, start: number): number | null {
  let compact = '';
  // [compact length, text index] at the end of every group read
  const groupEnds: [number, number][] = [];
  let index = start;
  while (index < text.length && compact.length < IBAN_LENGTH.max) {
    const code = text.charCodeAt(index);
    if (isAlphanumeric(code)) {
      compact += text.charAt(index).toUpperCase();
      index++;
      if (index >= text.length || !isAlphanumeric(text.charCodeAt(index))) groupEnds.push([compact.length, index]);
      continue;
    }
    // groups are joined by one space (or no-break space); anything else ends the IBAN
    if ((code === 32 || code === 0xa0) && isAlphanumeric(text.charCodeAt(index + 1) || 0)) {
      index++;
      continue;
    }
    break;
  }
  if (compact.length === IBAN_LENGTH.max) groupEnds.push([compact.length, index]);
  // an IBAN's length is fixed per country: only that candidate is checked
  const length = countrySpecs[compact.slice(0, 2)]?.chars;
  if (typeof length !== 'number') return null;
  const end = groupEnds.find(([compactLength]) => compactLength === length)?.[1];
  return end !== undefined && isValidIBAN(compact.slice(0, length)) ? end : null;
}
