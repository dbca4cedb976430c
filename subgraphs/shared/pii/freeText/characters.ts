// Character classes as code-unit tests: a detector walks the text once and asks these per character, which keeps
// every detector linear without relying on how a regex engine backtracks.

const LETTER = /\p{L}/u;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Any letter, accented and non-Latin ones included (one character, so the regex is constant time). */
export function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(text.charAt(index));
}

export function isLetterOrDigit(text: string, index: number): boolean {
  return isDigit(text.charCodeAt(index)) || isLetter(text, index);
}

/** Spaces, tabs, line breaks and the no-break spaces word processors put into numbers. */
export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f;
}

/** Whether a word starts with a capital letter (`Hauptstraße`, `Baker`), the way names of streets do. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
