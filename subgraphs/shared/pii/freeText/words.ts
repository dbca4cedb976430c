import { isSpace } from './characters';

/** A whitespace-separated word, and its core: the word without the quotes, brackets and punctuation around it. */
export interface Word {
  start: number;
  end: number;
  /** Without leading quotes/brackets and trailing `,;:!?)"'`; a trailing `.` is kept (`Str.`, `St.`). */
  core: string;
}

const LEADING = new Set(['"', "'", '(', '[', '„', '“', '‚', '«', '»']);
const TRAILING = new Set([',', ';', ':', '!', '?', ')', ']', '"', "'", '“', '”', '‘', '’', '«', '»']);

/** The words of `text`, in one pass. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && isSpace(text.charCodeAt(index))) index++;
    if (index >= text.length) break;
    const start = index;
    while (index < text.length && !isSpace(text.charCodeAt(index))) index++;
    let from = start;
    let to = index;
    while (from < to && LEADING.has(text.charAt(from))) from++;
    while (to > from && TRAILING.has(text.charAt(to - 1))) to--;
    words.push({ start: from, end: to, core: text.slice(from, to) });
  }
  return words;
}

/** The core without a sentence's closing full stop (`12.` → `12`). */
export function withoutFullStop(core: string): string {
  return core.endsWith('.') ? core.slice(0, -1) : core;
}
