import { isAsciiLetter, isDigit, isLetter } from './characters';
import type { Finding } from './finding';

// RFC 5322 atext plus the dot; no quoted local parts (nobody writes those in a chat message).
const LOCAL_PUNCTUATION = new Set("!#$%&'*+/=?^_`{|}~.-".split(''));

function isLocalChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isDigit(code) || isAsciiLetter(code) || LOCAL_PUNCTUATION.has(text.charAt(index));
}

function isDomainChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isDigit(code) || code === 45 /* - */ || code === 46 /* . */ || isLetter(text, index);
}

/**
 * Every e-mail address: from each `@`, the local part to its left and the domain to its right. Linear: a left scan
 * stops at the previous `@` (or finding), a right scan at the next `@`, so each character is visited at most twice.
 */
export function findEmails(text: string): Finding[] {
  const found: Finding[] = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > floor && isLocalChar(text, start - 1)) start--;
    while (start < at && text.charAt(start) === '.') start++;
    if (start === at) continue;
    let end = at + 1;
    while (end < text.length && isDomainChar(text, end)) end++;
    while (end > at + 1 && (text.charAt(end - 1) === '.' || text.charAt(end - 1) === '-')) end--;
    let lastDot = end - 1;
    while (lastDot > at && text.charAt(lastDot) !== '.') lastDot--;
    // a domain needs a dot with a label before it and a top-level domain of 2+ characters after it
    if (lastDot <= at + 1 || end - lastDot - 1 < 2) continue;
    found.push({ start, end, kind: 'email' });
    floor = end;
  }
  return found;
}
