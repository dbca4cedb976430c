import { isCapitalized } from './characters';
import type { Finding } from './finding';
import { withoutFullStop } from './words';
import type { Word } from './words';

/** Endings of German street names written as one word: `Hauptstraße`, `Friedrichstr.`, `Kastanienallee`. */
const GERMAN_SUFFIXES = [
  'straße',
  'strasse',
  'str.',
  'weg',
  'allee',
  'platz',
  'gasse',
  'ring',
  'damm',
  'ufer',
  'chaussee',
  'steig',
  'pfad',
  'promenade',
  'zeile',
  'graben',
];
/** The same words standing alone after an adjective: `Berliner Straße 5`, `Alter Weg 3`. */
const GERMAN_STREET_WORDS = new Set([...GERMAN_SUFFIXES, 'str']);
/** `Am Markt 3`, `Im Winkel 4`, `Zur Mühle 2`: a preposition, a name, a number. */
const GERMAN_PREPOSITIONS = new Set(['am', 'im', 'zum', 'zur', 'beim']);
/** `An der Alster 5`, `Auf dem Berg 7`, `Unter den Linden 77`. */
const GERMAN_PREPOSITIONS_WITH_ARTICLE = new Set(['an', 'auf', 'in', 'unter', 'hinter', 'vor']);
const GERMAN_ARTICLES = new Set(['der', 'den', 'dem', 'die']);
/** Words after `Am`/`Im` that are times, not places (`Am Montag 3 Pakete`, `Im Jahr 2025`). */
const NOT_PLACES = new Set(
  [
    'montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende',
    'januar februar märz april mai juni juli august september oktober november dezember',
    'jahr monat tag morgen abend mittag nachmittag vormittag anfang ende moment schnitt paket karton',
  ]
    .join(' ')
    .split(' '),
);
/** English street types after a number and a name: `221B Baker Street`, `10 Downing St`. */
const ENGLISH_SUFFIXES = new Set(
  'street st st. road rd rd. avenue ave ave. lane ln ln. drive dr dr. way close court ct place pl square sq terrace crescent boulevard blvd gardens grove row mews parkway'.split(
    ' ',
  ),
);

const MAX_HOUSE_NUMBER_DIGITS = 4;

/** `12`, `12a`, `221B`, `12-14`, `3/1`: up to 4 digits, then a letter or a second number. Hand-checked, no regex. */
export function isHouseNumber(core: string): boolean {
  const value = withoutFullStop(core);
  let index = 0;
  while (index < value.length && index <= MAX_HOUSE_NUMBER_DIGITS && /\d/.test(value.charAt(index))) index++;
  // house numbers do not start with 0 (`0151` is a dialling code)
  if (index === 0 || index > MAX_HOUSE_NUMBER_DIGITS || value.charAt(0) === '0') return false;
  const rest = value.slice(index);
  if (rest === '') return true;
  if (rest.length === 1) return /[a-z]/i.test(rest);
  if (rest.charAt(0) !== '-' && rest.charAt(0) !== '/') return false;
  const second = rest.slice(1);
  return second.length >= 1 && second.length <= MAX_HOUSE_NUMBER_DIGITS && /^\d+$/.test(second);
}

function endsWithGermanSuffix(lower: string): boolean {
  return GERMAN_SUFFIXES.some((suffix) => lower.length > suffix.length + 1 && lower.endsWith(suffix));
}

/** After the house number of a `Am …` street comes the end, punctuation, a postcode or a small word, not a noun. */
function endsAddress(words: readonly Word[], numberIndex: number): boolean {
  const number = words[numberIndex] as Word;
  const next = words[numberIndex + 1];
  if (!next || /[.,;]$/.test(number.core) || next.start > number.end + 1) return true;
  return !isCapitalized(next.core) || /^\d{4,5}$/.test(next.core);
}

function span(words: readonly Word[], from: number, to: number): Finding {
  return { start: (words[from] as Word).start, end: (words[to] as Word).end, kind: 'street' };
}

/** Whether words `from` to `to` follow each other with nothing but a space (a comma or full stop ends an address). */
function joined(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    if (!next || next.start - word.end > 1) return false;
  }
  return true;
}

/** The street found at word `k`, if one starts there (bounded: it looks at most 4 words ahead). */
function streetAt(words: readonly Word[], k: number): Finding | null {
  const word = words[k] as Word;
  const lower = word.core.toLowerCase();
  const next = joined(words, k, k + 1) ? words[k + 1] : undefined;
  const afterNext = joined(words, k, k + 2) ? words[k + 2] : undefined;
  // Hauptstraße 12, Friedrichstr. 100, Kastanienallee 12
  if (next && isCapitalized(word.core) && endsWithGermanSuffix(lower) && isHouseNumber(next.core))
    return span(words, k, k + 1);
  // Berliner Straße 5 (a noun: capitalised, so `…, ring 12` is no street)
  if (next && afterNext && isCapitalized(word.core) && isCapitalized(next.core))
    if (GERMAN_STREET_WORDS.has(next.core.toLowerCase()))
      if (isHouseNumber(afterNext.core)) return span(words, k, k + 2);
  // Am Markt 3
  if (next && afterNext && GERMAN_PREPOSITIONS.has(lower) && isCapitalized(word.core) && isCapitalized(next.core))
    if (!NOT_PLACES.has(next.core.toLowerCase()) && isHouseNumber(afterNext.core) && endsAddress(words, k + 2))
      return span(words, k, k + 2);
  // An der Alster 5
  const fourth = joined(words, k, k + 3) ? words[k + 3] : undefined;
  if (next && afterNext && fourth && GERMAN_PREPOSITIONS_WITH_ARTICLE.has(lower) && isCapitalized(word.core))
    if (GERMAN_ARTICLES.has(next.core.toLowerCase()) && isCapitalized(afterNext.core) && isHouseNumber(fourth.core))
      if (!NOT_PLACES.has(afterNext.core.toLowerCase()) && endsAddress(words, k + 3)) return span(words, k, k + 3);
  // 221B Baker Street, 10 Downing St, 5 Old Kent Road
  if (isHouseNumber(word.core)) {
    for (let to = k + 1; to <= k + 3 && to < words.length && joined(words, to - 1, to); to++) {
      const name = words[to] as Word;
      if (!isCapitalized(name.core)) break;
      if (to > k + 1 && ENGLISH_SUFFIXES.has(name.core.toLowerCase())) return span(words, k, to);
    }
  }
  return null;
}

/** German and English street addresses with a house number, in one pass over the words. */
export function findStreets(words: readonly Word[]): Finding[] {
  const found: Finding[] = [];
  for (let k = 0; k < words.length; k++) {
    const street = streetAt(words, k);
    if (!street) continue;
    found.push(street);
    while (k + 1 < words.length && (words[k + 1] as Word).end <= street.end) k++;
  }
  return found;
}
