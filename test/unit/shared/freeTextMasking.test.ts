import fc from 'fast-check';
import {
  FREE_TEXT_MASKS,
  knownPiiOf,
  maskFreeText,
  NO_KNOWN_PII,
  piiDigestsOf,
} from '../../../subgraphs/shared/pii/freeTextMasking';
import { KNOWN_CUSTOMER, PII_CORPUS } from './fixtures/piiCorpus';

const KNOWN = knownPiiOf(piiDigestsOf(KNOWN_CUSTOMER));

interface Tally {
  texts: number;
  piiValues: number;
  misses: string[];
  falsePositives: string[];
}

/** Masks every corpus text and counts the personal values left visible and the ordinary values masked. */
function tally(): Tally {
  const result: Tally = { texts: PII_CORPUS.length, piiValues: 0, misses: [], falsePositives: [] };
  for (const { text, pii, keep, known } of PII_CORPUS) {
    const masked = maskFreeText(text, known ? KNOWN : NO_KNOWN_PII);
    result.piiValues += pii.length;
    for (const value of pii) if (masked.includes(value)) result.misses.push(`${value} in ${masked}`);
    for (const value of keep) if (!masked.includes(value)) result.falsePositives.push(`${value} in ${masked}`);
  }
  return result;
}

describe('Free-text masking: personal data in what people write', () => {
  it('masks every personal value of the corpus (≥ 60 German and English texts) and nothing ordinary', () => {
    const { texts, piiValues, misses, falsePositives } = tally();
    expect(texts).toBeGreaterThanOrEqual(60);
    expect(piiValues).toBeGreaterThanOrEqual(60);
    expect({ misses, falsePositives }).toEqual({ misses: [], falsePositives: [] });
  });

  it.each([
    ['Ruf an: 0151 123 456 71!', 'Ruf an: [phone]!'],
    ['mail maria.keller@example.com now', 'mail [email] now'],
    ['IBAN DE89 3704 0044 0532 0130 00.', 'IBAN [iban].'],
    ['Karte 4111 1111 1111 1111 12/27', 'Karte [card] 12/27'],
    ['Hauptstraße 12, 10115 Berlin', '[street], 10115 Berlin'],
    ['221B Baker Street', '[street]'],
  ])('replaces each finding in %j by its mask', (text, masked) => {
    expect(maskFreeText(text)).toBe(masked);
  });

  it('names each kind with its own mask', () => {
    expect(Object.values(FREE_TEXT_MASKS)).toEqual(['[email]', '[phone]', '[street]', '[iban]', '[card]']);
  });

  it("finds the customer's own values only with them: a street without number, a phone without its trunk 0", () => {
    const text = 'Sie wohnt in der Kastanienallee; Nummer 151 12345671.';
    expect(maskFreeText(text)).toBe(text);
    expect(maskFreeText(text, KNOWN)).toBe('Sie wohnt in der [street]; Nummer [phone].');
    // another customer's values are no help
    const other = knownPiiOf(
      piiDigestsOf({ emails: ['x@example.com'], phones: ['+4930999999'], streets: ['Rosenweg 3'] }),
    );
    expect(maskFreeText(text, other)).toBe(text);
  });

  it('leaves Luhn-invalid card-like numbers, order, ticket and tracking numbers, amounts, dates and times alone', () => {
    const text = 'ORD-100001, T-100001, DHL00012345678, 4111 1111 1111 1112, 49,99 €, 06.12.2026, 14:30';
    expect(maskFreeText(text)).toBe(text);
  });

  it('cuts a text beyond the cap at a word, so nothing unexamined is shown', () => {
    const text = `${'word '.repeat(10)}maria.keller@example.com tail`;
    // the cut falls after the address: it is examined whole
    expect(maskFreeText(text, NO_KNOWN_PII, { maxLength: 76 })).toBe(`${'word '.repeat(10)}[email] […]`);
    // the cut falls inside the address: the part before it is dropped with it, never shown half-masked
    expect(maskFreeText(text, NO_KNOWN_PII, { maxLength: 60 })).toBe(`${'word '.repeat(10).trimEnd()} […]`);
  });
});

describe('Free-text masking: time linear in the text, whatever the text', () => {
  // 1 MB of what each detector looks at most: @-signs, digits and separators, IBAN starts, street words
  const ADVERSARIAL: [string, string][] = [
    ['a@', 'a@'],
    ['digits and spaces', '1 '],
    ['zeros and dashes', '0-'],
    ['plus signs', '+1 '],
    ['IBAN starts', 'DE89 '],
    ['street words', 'Am Markt 3 '],
    ['one long word', 'a'],
    ['dots', '1.'],
  ];
  const MEGABYTE = 1_000_000;

  it.each(ADVERSARIAL)('masks 1 MB of %s in bounded time (capped as served, and uncapped)', (_name, unit) => {
    const text = unit.repeat(Math.ceil(MEGABYTE / unit.length));
    let started = performance.now();
    maskFreeText(text, KNOWN);
    const capped = performance.now() - started;
    started = performance.now();
    maskFreeText(text, KNOWN, { maxLength: Infinity });
    const uncapped = performance.now() - started;
    // generous for a shared 2-core machine; a quadratic pass over 1 MB takes minutes
    expect(capped).toBeLessThan(3_000);
    expect(uncapped).toBeLessThan(15_000);
  });

  it('grows linearly: eight times the text takes well under sixty-four times as long', () => {
    const time = (size: number) => {
      const text = '0151 1'.repeat(size / 6) + 'a@'.repeat(size / 2);
      const started = performance.now();
      maskFreeText(text, KNOWN, { maxLength: Infinity });
      return performance.now() - started;
    };
    const fastest = (size: number) => Math.min(time(size), time(size), time(size));
    time(60_000); // warm up the JIT
    // linear gives about 8, quadratic 64: 24 leaves room for a busy shared machine (a 4x step with a 10 bound did not)
    const small = fastest(120_000);
    const large = fastest(960_000);
    expect(large / small).toBeLessThan(24);
  });
});

describe('Free-text masking: properties over generated texts (fast-check, fixed seed)', () => {
  const word = fc.stringMatching(/^[A-Za-zäöüß]{1,10}$/);
  const filler = fc.array(word, { minLength: 0, maxLength: 8 }).map((words) => words.join(' '));
  const email = fc
    .tuple(
      fc.stringMatching(/^[a-z][a-z0-9._]{0,12}[a-z0-9]$/),
      fc.stringMatching(/^[a-z]{2,10}$/),
      fc.constantFrom('de', 'com', 'co.uk', 'at'),
    )
    .filter(([local]) => !local.includes('..'))
    .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
  // German mobile and landline numbers, written with the separators people use
  const phone = fc
    .tuple(
      fc.constantFrom('0151', '0170', '030', '089', '+49 151', '+49 30', '0049 40', '(030)', '+49 (0) 89'),
      fc.array(fc.stringMatching(/^\d{2,4}$/), { minLength: 2, maxLength: 3 }),
      fc.constantFrom(' ', '-', '/', '.', ' - '),
    )
    .map(([prefix, groups, separator]) => `${prefix} ${groups.join(separator)}`)
    .filter((value) => value.replace(/\D/g, '').length <= 14);

  it('never shows a generated e-mail address or phone number, wherever it stands in a text', () => {
    fc.assert(
      fc.property(filler, fc.oneof(email, phone), filler, (before, value, after) => {
        const masked = maskFreeText(`${before} ${value} ${after}`);
        expect(masked).not.toContain(value);
      }),
      { seed: 9, numRuns: 500 },
    );
  });

  it('leaves texts of words, order numbers and dates exactly as they are', () => {
    const benign = fc
      .array(
        fc.oneof(
          word,
          fc.integer({ min: 100001, max: 999999 }).map((n) => `ORD-${n}`),
          fc.constant('06.12.2026'),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(benign, (text) => {
        expect(maskFreeText(text)).toBe(text);
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
