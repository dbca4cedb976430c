import fc from 'fast-check';
import {
  describeKinds,
  MAX_INPUT_LENGTH,
  phoneNeedsCountryCode,
  recognizeIdentifier,
} from '../../../console/src/find/recognizeIdentifier';

describe('Find: recognising what was typed in the search box', () => {
  it.each([
    ['cus_1', [{ kind: 'customerId', value: 'cus_1' }]],
    [' CUS_42 ', [{ kind: 'customerId', value: 'cus_42' }]],
    ['maria.keller@example.com', [{ kind: 'email', value: 'maria.keller@example.com' }]],
    ['ORD-100001', [{ kind: 'orderNumber', value: 'ORD-100001' }]],
    ['ord-100001', [{ kind: 'orderNumber', value: 'ORD-100001' }]],
    ['ord_1', [{ kind: 'orderId', value: 'ord_1' }]],
    ['shp_1', [{ kind: 'shipmentId', value: 'shp_1' }]],
    ['T-100001', [{ kind: 'ticketNumber', value: 'T-100001' }]],
    ['t-100001', [{ kind: 'ticketNumber', value: 'T-100001' }]],
    ['tkt_1', [{ kind: 'ticketId', value: 'tkt_1' }]],
    ['DHL00012345678', [{ kind: 'trackingNumber', value: 'DHL00012345678' }]],
    ['dhl 0001 2345 678', [{ kind: 'trackingNumber', value: 'DHL00012345678' }]],
    // some carriers use only digits
    ['123456789012', [{ kind: 'trackingNumber', value: '123456789012' }]],
  ])('reads %j as %j', (input, expected) => {
    expect(recognizeIdentifier(input)).toEqual(expected);
  });

  it('reads +E.164 with the punctuation people type as a phone number, spaces, dashes and brackets dropped', () => {
    expect(recognizeIdentifier('+49 (151) 123-45671')).toEqual([{ kind: 'phone', value: '+4915112345671' }]);
    expect(recognizeIdentifier('+49 151 1234 5671')).toEqual([{ kind: 'phone', value: '+4915112345671' }]);
  });

  it('reads a 00 prefix as +, and an all-digit 00 number as a phone number first, then a tracking number', () => {
    expect(recognizeIdentifier('0049 151 12345671')).toEqual([
      { kind: 'phone', value: '+4915112345671' },
      { kind: 'trackingNumber', value: '004915112345671' },
    ]);
    expect(recognizeIdentifier('0049-151-12345671')).toEqual([{ kind: 'phone', value: '+4915112345671' }]);
  });

  it('leaves a prefixed value in a wrong shape to the server, which names the form it expects', () => {
    expect(recognizeIdentifier('cus_abc')).toEqual([{ kind: 'customerId', value: 'cus_abc' }]);
    expect(recognizeIdentifier('ORD-12')).toEqual([{ kind: 'orderNumber', value: 'ORD-12' }]);
  });

  it('recognises nothing in text that is no identifier, or too short to be a tracking number', () => {
    for (const input of ['', '   ', 'Maria Keller', 'Keller', 'DHL123', 'hello world!', `x${'1'.repeat(30)}`]) {
      expect(recognizeIdentifier(input)).toEqual([]);
    }
  });

  it('says a national number (0151 …) needs its country code, and only that', () => {
    expect(phoneNeedsCountryCode('0151 1234-5671')).toBe(true);
    expect(phoneNeedsCountryCode('(0151) 12345671')).toBe(false);
    expect(phoneNeedsCountryCode('0049 151 12345671')).toBe(false);
    expect(phoneNeedsCountryCode('+49 151 12345671')).toBe(false);
    expect(phoneNeedsCountryCode('DHL00012345678')).toBe(false);
  });

  it('describes the candidates for the live hint, with the right article', () => {
    expect(describeKinds(recognizeIdentifier('DHL00012345678'))).toBe('a tracking number');
    expect(describeKinds(recognizeIdentifier('maria@example.com'))).toBe('an e-mail address');
    expect(describeKinds(recognizeIdentifier('0049 151 12345671'))).toBe('a phone number or a tracking number');
  });

  it('does not read input longer than an e-mail address may be', () => {
    expect(recognizeIdentifier(`${'a'.repeat(MAX_INPUT_LENGTH)}@example.com`)).toEqual([]);
    expect(recognizeIdentifier(`cus_1${' '.repeat(MAX_INPUT_LENGTH)}`)).toEqual([]);
  });

  it('never throws, and returns only well-formed candidates, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (input) => {
        const candidates = recognizeIdentifier(input);
        for (const { value } of candidates) {
          expect(value.length).toBeLessThanOrEqual(MAX_INPUT_LENGTH);
          expect(value).toBe(value.trim());
        }
        phoneNeedsCountryCode(input);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes time bounded by the length limit: a megabyte returns at once, the worst inputs of full length stay fast', () => {
    const megabyte = '0'.repeat(1_000_000);
    const spacedMegabyte = `0${' 1'.repeat(500_000)}`;
    expect(recognizeIdentifier(megabyte)).toEqual([]);
    expect(phoneNeedsCountryCode(spacedMegabyte)).toBe(false);
    // neither reads the text: one pass over a megabyte would already take milliseconds
    expect(
      bestOf(5, () => {
        recognizeIdentifier(megabyte);
        phoneNeedsCountryCode(spacedMegabyte);
      }),
    ).toBeLessThan(2);

    // inputs that make a backtracking pattern work hardest, each at the full length
    const worst = [
      `a@${'b'.repeat(MAX_INPUT_LENGTH - 3)}!`,
      `@${'.'.repeat(MAX_INPUT_LENGTH - 1)}`,
      `+${' -'.repeat((MAX_INPUT_LENGTH - 2) / 2)}x`,
      `00${'1 '.repeat((MAX_INPUT_LENGTH - 2) / 2)}`,
      `0${'1('.repeat((MAX_INPUT_LENGTH - 2) / 2)}!`,
      `${'A '.repeat(MAX_INPUT_LENGTH / 2)}`,
    ];
    // 1,200 calls; a quadratic pattern over 254 characters would take seconds
    expect(
      bestOf(3, () => {
        for (let round = 0; round < 100; round += 1) {
          for (const input of worst) {
            recognizeIdentifier(input);
            phoneNeedsCountryCode(input);
          }
        }
      }),
    ).toBeLessThan(250);
  });
});

/** The fastest of `tries` runs, in ms: a garbage collection or a busy neighbour slows one run, not every one. */
function bestOf(tries: number, run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
