import fc from 'fast-check';
import { getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import type { GraphQLInputType } from 'graphql';

/**
 * What an attacker (or a broken client) sends where a string goes: the sizes and characters that broke the gateway
 * before (issue 9: a 900,000-character id stalled it for 7 minutes, a NUL byte reached PostgreSQL), metacharacters of
 * the languages behind it, and cursors that look like ours but are not.
 */
const hostileStrings: fc.Arbitrary<string> = fc.oneof(
  // oversized: one character repeated, and repeated text that quotes a URL scheme, the old quadratic regex's prey
  fc.constantFrom('a', 'A', '9', ':', 'ä').map((char) => char.repeat(200_000)),
  fc.constant('a'.repeat(900_000)),
  fc.constant('http://'.repeat(20_000)),
  // NUL and other control characters, alone and inside plausible values
  fc.constantFrom('\u0000', 'cus_1\u0000', 'T-100001\u0000x', '\u0001\u0002\u0007\u001b[31m', 'line\r\nbreak\u000b'),
  // invalid UTF-16: lone surrogates of both halves, and a pair in the wrong order
  fc.constantFrom('\ud800', 'x\udfffy', '\udc00\ud800', 'cus_\ud83d'),
  // SQL and regular-expression metacharacters, LIKE wildcards, JSON and path characters
  fc.constantFrom(
    "' OR 1=1 --",
    "'); DROP TABLE tickets.tickets; --",
    '%_\\',
    '(a+)+$',
    '.*'.repeat(100),
    '[[[[',
    '{"$gt": ""}',
    '../../etc/passwd',
    '${jndi:ldap://127.0.0.1/x}',
  ),
  // forged cursors: base64 of junk, of JSON with odd values, of an almost-right shape, and not base64 at all
  fc.constantFrom(
    Buffer.from('{"id":"cus_0","at":"yesterday"}').toString('base64'),
    Buffer.from('{"at":"2026-01-01T00:00:00Z","id":-1}').toString('base64url'),
    Buffer.from('1|2|3|4|5|6|7|8|9').toString('base64'),
    Buffer.from('\u0000\u0000').toString('base64'),
    '====',
    'not a cursor',
  ),
  // cursors of our own form (base64url JSON keysets) with hostile values inside, for every arity a list uses
  fc
    .constantFrom(
      ['2026-01-01T00:00:00.000Z', 'cus_1\u0000'],
      ['x\u0000'],
      ['\ud800', 'tkt_1'],
      [1e308, null],
      [{ at: 1 }, 'x'],
      ['2026-01-01T00:00:00.000Z', 'tkt_1', '\u0000'],
      ['9999-99-99', -1, 'ord_1'],
    )
    .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
  // values of the right shape, so that some requests get past the checks and reach the data
  fc.constantFrom('cus_1', 'cus_999999999999', 'ord_1', 'shp_1', 'tkt_1', 'agt_1', 'T-100001', 'ORD-100001'),
  fc.constantFrom('billing', 'returns', 'maria.keller@example.com', '+4915112345671', 'SKU-0001', 'DHL00012345678'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Numbers where an Int or Float goes: negatives, the edges of 32-bit integers, beyond them, fractions, NaN-likes. */
const hostileNumbers: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -1, 1, 100, 101, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e21, -1e21, 1.5, -0.0001),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom('12', 'abc', true, null, [], {}),
);

const hostileDateTimes: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('2026-01-01T00:00:00Z', '2025-12-31T23:59:59.999Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z'),
  fc.constantFrom('2026-02-30T00:00:00Z', 'yesterday', '', '2026-01-01', '1e309', -1, 99999999999999),
  hostileStrings,
);

/**
 * An arbitrary value for an input of `type`: hostile scalars throughout, valid and invalid enum values, input
 * objects with every field (required ones always, optional ones sometimes), and now and then null or a wrong kind.
 */
export function hostileValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = getNullableType(type);
  const value = hostileNonNull(inner);
  return isNonNullType(type)
    ? value
    : fc.oneof({ weight: 5, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

function hostileNonNull(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(hostileValue(type.ofType), { maxLength: 3 });
  if (isEnumType(type)) {
    const names = type.getValues().map(({ name }) => name);
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: hostileStrings });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = hostileValue(field.type);
    const requiredKeys = fields.filter((field) => isNonNullType(field.type)).map(({ name }) => name);
    return fc.record(record, { requiredKeys });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return hostileNumbers;
      case 'Boolean':
        return fc.oneof(fc.boolean(), fc.constantFrom('true', 0));
      case 'DateTime':
        return hostileDateTimes;
      default:
        return hostileStrings;
    }
  }
  throw new Error(`invariant violated: no arbitrary for input type ${String(type)}`);
}

/**
 * Values every place of `type` gets, whatever the random draw: the ones the outside review found breaking things
 * (a 900,000-character value, a NUL byte, a lone surrogate) and a SQL metacharacter; numbers past every bound.
 */
export function mustTry(type: GraphQLInputType): unknown[] {
  const inner = getNullableType(type);
  if (!isScalarType(inner)) return [];
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return [-1, 2_147_483_647, 1.5];
    case 'Boolean':
      return [];
    case 'DateTime':
      return ['2026-02-30T00:00:00Z', 'x\u0000'];
    default:
      return ['a'.repeat(900_000), 'a'.repeat(10_000), 'cus_1\u0000', 'x\ud800y', "' OR 1=1 --"];
  }
}
