import { isDigit, isLetterOrDigit } from './characters';

/** A group of consecutive digits inside a run. */
export interface DigitGroup {
  start: number;
  end: number;
}

/**
 * Digits written the way people write phone, card and account numbers: groups of digits joined by up to three
 * separator characters (`0151 123 456 71`, `(030) 1234-5678`, `+49 (0) 30 1234 5678`, `4111-1111-1111-1111`).
 */
export interface NumberRun {
  /** Where the run starts: its `+` or `(` if it has one, else its first digit. */
  start: number;
  /** Just after its last digit. */
  end: number;
  groups: DigitGroup[];
  /** The separator characters between group i and i + 1, at index i. */
  separators: string[];
  /** Whether it starts with `+` (an international number). */
  plus: boolean;
  /** Whether it starts with `(` (an area code in brackets). */
  bracket: boolean;
}

const SEPARATORS = new Set([' ', '-', '/', '.', '(', ')', '\u00a0', '\u202f', '\u2013']);
/** `0151 / 123`: a space, a slash and a space is the most a writer puts between two groups of one number. */
const MAX_SEPARATOR_LENGTH = 3;
/** Joins that glue a number to the word before it: `ORD-100001`, `T-100001`, `REF_123`, `Nr.#5`. */
const GLUE = new Set(['-', '_', '/', '#', '.']);

/** Whether a digit at `index` continues a word such as `ORD-100001` or `DHL00012345678` rather than starting a number. */
function gluedToWord(text: string, index: number): boolean {
  if (index === 0) return false;
  if (isLetterOrDigit(text, index - 1)) return true;
  return GLUE.has(text.charAt(index - 1)) && index >= 2 && isLetterOrDigit(text, index - 2);
}

function skipWord(text: string, index: number): number {
  let next = index;
  while (next < text.length && isLetterOrDigit(text, next)) next++;
  return Math.max(next, index + 1);
}

/**
 * Every run of digit groups in `text`, left to right, in one pass. A group glued to letters on either side
 * (`ORD-100001`, `12a`, `221B`) ends the run before it: those are references and house numbers, not numbers to dial.
 */
export function findNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    const plus = char === '+' && isDigit(text.charCodeAt(index + 1) || 0);
    const bracket = char === '(' && isDigit(text.charCodeAt(index + 1) || 0);
    const plusBracket = char === '+' && text.charAt(index + 1) === '(' && isDigit(text.charCodeAt(index + 2) || 0);
    if (!plus && !bracket && !plusBracket && !isDigit(text.charCodeAt(index))) {
      index++;
      continue;
    }
    if (plus || bracket || plusBracket ? index > 0 && isLetterOrDigit(text, index - 1) : gluedToWord(text, index)) {
      index = skipWord(text, index + (plus || bracket ? 1 : plusBracket ? 2 : 0));
      continue;
    }
    const run = readRun(text, index, plus || plusBracket, bracket);
    if (run) runs.push(run);
    index = run ? run.end : skipWord(text, index + 1);
  }
  return runs;
}

function readRun(text: string, start: number, plus: boolean, bracket: boolean): NumberRun | null {
  const groups: DigitGroup[] = [];
  const separators: string[] = [];
  let index = start;
  while (index < text.length && !isDigit(text.charCodeAt(index))) index++; // the leading + or (
  for (;;) {
    const groupStart = index;
    while (index < text.length && isDigit(text.charCodeAt(index))) index++;
    // `12a`, `221B`: the group belongs to a word; the run ends before it
    if (index < text.length && isLetterOrDigit(text, index)) break;
    groups.push({ start: groupStart, end: index });
    let next = index;
    while (next < text.length && next - index < MAX_SEPARATOR_LENGTH && SEPARATORS.has(text.charAt(next))) next++;
    if (next === index || next >= text.length || !isDigit(text.charCodeAt(next))) break;
    separators.push(text.slice(index, next));
    index = next;
  }
  if (groups.length === 0) return null;
  separators.length = groups.length - 1;
  const last = groups[groups.length - 1] as DigitGroup;
  return { start, end: last.end, groups, separators, plus, bracket };
}

/** The digits of groups `from` to `to` (inclusive) of a run. */
export function digitsOf(text: string, run: NumberRun, from = 0, to = run.groups.length - 1): string {
  let digits = '';
  for (let i = from; i <= to; i++) {
    const group = run.groups[i] as DigitGroup;
    digits += text.slice(group.start, group.end);
  }
  return digits;
}
