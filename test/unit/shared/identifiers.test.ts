import {
  checkIdentifier,
  IDENTIFIERS,
  normalizePhone,
  normalizeTrackingNumber,
  quote,
  trim,
} from '../../../subgraphs/shared';
import type { IdentifierKind } from '../../../subgraphs/shared';

const MEGABYTE = 1_000_000;

function refusal(run: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
}

describe('Identifiers have a documented maximum length, checked before any other work', () => {
  it.each(Object.keys(IDENTIFIERS) as IdentifierKind[])(
    'refuses a %s one character over its maximum with INVALID_IDENTIFIER naming the maximum',
    (kind) => {
      const { maxLength } = IDENTIFIERS[kind];
      const error = refusal(() => checkIdentifier(kind, 'arg', ' '.repeat(maxLength + 1)));
      expect(error.extensions).toEqual({ code: 'INVALID_IDENTIFIER', argumentName: 'arg', maxLength });
      expect(error.message).toMatch(
        new RegExp(`^arg is ${maxLength + 1} characters long; it may have at most ${maxLength}\\.`),
      );
    },
  );

  it('checks the length before normalising: the normaliser never sees a megabyte', () => {
    const normalize = jest.fn(normalizePhone);
    const error = refusal(() => checkIdentifier('phone', 'phone', '1'.repeat(MEGABYTE), normalize));
    expect(error.extensions['code']).toBe('INVALID_IDENTIFIER');
    expect(normalize).not.toHaveBeenCalled();
  });

  it('normalises what it accepts', () => {
    expect(checkIdentifier('phone', 'phone', '+49 (30) 123-456', normalizePhone)).toBe('+4930123456');
    expect(checkIdentifier('trackingNumber', 'trackingNumber', 'dhl 0012 3456 78', normalizeTrackingNumber)).toBe(
      'DHL00123456 78'.replace(' ', ''),
    );
    expect(checkIdentifier('email', 'email', '  maria@example.com ', trim)).toBe('maria@example.com');
  });

  it('keeps the e-mail pattern it had: an address with a dot in the domain after its first character', () => {
    const { pattern } = IDENTIFIERS.email;
    for (const valid of ['maria@example.com', 'a.b@c.d.e', 'x@.b.c', 'x@b..c', 'x@b.c.'])
      expect(pattern.test(valid)).toBe(true);
    for (const invalid of ['maria@example', 'x@.com', 'x@b.', 'a b@c.d', 'a@b@c.d'])
      expect(pattern.test(invalid)).toBe(false);
  });

  it('quotes at most 64 characters of a value in a message', () => {
    expect(quote('a'.repeat(MEGABYTE))).toBe(`"${'a'.repeat(64)}…"`);
    expect(quote('short')).toBe('"short"');
    expect(quote(`${'a'.repeat(63)}😀`)).toBe(`"${'a'.repeat(63)}…"`);
    const error = refusal(() => checkIdentifier('customerId', 'id', 'x'.repeat(64)));
    expect(error.message).toBe(`"${'x'.repeat(64)}" is not a valid id: expected cus_<number>, e.g. cus_1.`);
  });
});
