import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import {
  DEFAULT_REQUEST_LIMITS,
  limitValidationRules,
  maxAliasesRule,
  maxCostRule,
  maxDepthRule,
  maxDirectivesRule,
  maxRootFieldsRule,
} from '../../../../gateway/limits';
import type { ValidationRule } from 'graphql';

const schema = buildSchema(`#graphql
  type Query {
    customer(id: ID!): Customer
    customers(first: Int = 20): CustomerConnection!
    ping: String
  }
  type Customer {
    id: ID!
    name: String
    friend: Customer
    orders(first: Int = 10): OrderConnection
    tags: [String!]!
  }
  type CustomerConnection { totalCount: Int! edges: [CustomerEdge!]! }
  type CustomerEdge { node: Customer! }
  type OrderConnection { totalCount: Int! edges: [OrderEdge!]! }
  type OrderEdge { node: Order! }
  type Order { number: String! lines: [Line!]! }
  type Line { sku: String! quantity: Int! }
`);

/** The errors `rule` reports (graphql-js's own rules run too, as in Apollo), as message + code. */
function check(rule: ValidationRule, query: string): { message: string; code: unknown }[] {
  return validate(schema, parse(query), [...specifiedRules, rule]).map((error) => ({
    message: error.message,
    code: error.extensions['code'],
  }));
}

/** `{ friend { friend { … name } } }` nested `levels` fields deep under customer. */
function nested(levels: number): string {
  return `{ customer(id: "cus_1") ${'{ friend '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 2)} }`;
}

describe('Limits: maxDepthRule counts field nesting, through fragments', () => {
  it('accepts an operation exactly at the limit', () => {
    expect(check(maxDepthRule(4), nested(4))).toEqual([]);
  });

  it('rejects one level more with QUERY_TOO_DEEP, naming the depth, the limit and the fix', () => {
    expect(check(maxDepthRule(4), nested(5))).toEqual([
      {
        message:
          'The operation is 5 levels deep; the gateway allows at most 4. Ask for less nested data, or fetch the nested objects with their own query (e.g. order(number:) instead of customer → orders → …).',
        code: 'QUERY_TOO_DEEP',
      },
    ]);
  });

  it('sees through fragment spreads and inline fragments', () => {
    const query = `
      query Deep { customer(id: "1") { ...F } }
      fragment F on Customer { friend { ... on Customer { friend { name } } } }
    `;
    expect(check(maxDepthRule(3), query)).toEqual([
      {
        message: expect.stringMatching(/^Operation "Deep" is 4 levels deep; the gateway allows at most 3\./),
        code: 'QUERY_TOO_DEEP',
      },
    ]);
  });

  it('names the operation that is too deep, with its location, when a document holds several', () => {
    const errors = validate(schema, parse(`query Shallow { ping }\nquery Deep ${nested(5)}`), [
      ...specifiedRules,
      maxDepthRule(4),
    ]);
    expect(errors.map(({ message, locations }) => ({ message, locations }))).toEqual([
      {
        message: expect.stringMatching(/^Operation "Deep" is 5 levels deep; the gateway allows at most 4\./),
        locations: [{ line: 2, column: 1 }],
      },
    ]);
  });

  it('does not measure __schema (the IDEs’ query), whose recursion graphql-js itself bounds', () => {
    const levels = ['__schema', 'types', ...Array.from({ length: 4 }, () => ['fields', 'type']).flat()];
    const recursive = `{ ${levels.join(' { ')} { name }${' }'.repeat(levels.length)}`;
    expect(check(maxDepthRule(4), recursive)).toEqual([
      { message: 'Maximum introspection depth exceeded', code: undefined },
    ]);
  });

  it('leaves a fragment cycle to graphql-js (NoFragmentCycles) without looping', () => {
    const errors = check(maxDepthRule(12), `{ customer(id: "1") { ...A } } fragment A on Customer { friend { ...A } }`);
    expect(errors).toEqual([{ message: 'Cannot spread fragment "A" within itself.', code: undefined }]);
  });
});

describe('Limits: maxAliasesRule counts aliases, once per fragment spread', () => {
  it('rejects 4 aliases over a limit of 3 with TOO_MANY_ALIASES', () => {
    expect(check(maxAliasesRule(3), '{ a: ping b: ping c: ping d: ping }')).toEqual([
      {
        message:
          'The operation uses 4 aliases; the gateway allows at most 3. Ask for each field once (use a list field or variables), or split the operation into several requests.',
        code: 'TOO_MANY_ALIASES',
      },
    ]);
  });

  it('counts an alias of __typename too', () => {
    expect(check(maxAliasesRule(1), '{ a: __typename b: __typename }')).toEqual([
      { message: expect.stringMatching(/^The operation uses 2 aliases;/), code: 'TOO_MANY_ALIASES' },
    ]);
  });

  it('counts the aliases of a fragment each time it is spread', () => {
    const query = `{ customer(id: "1") { ...F x: friend { ...F } } } fragment F on Customer { a: name b: id }`;
    expect(check(maxAliasesRule(4), query)).toEqual([
      { message: expect.stringMatching(/^The operation uses 5 aliases;/), code: 'TOO_MANY_ALIASES' },
    ]);
  });
});

describe('Limits: maxDirectivesRule counts directives, once per fragment spread', () => {
  it('accepts an operation at the limit and rejects one more with TOO_MANY_DIRECTIVES, naming the limit and the fix', () => {
    const query = (count: number) => `query Flags { ping ${'@include(if: true) '.repeat(count)}}`;
    // graphql-js reports the repeated directive too (UniqueDirectivesPerLocation); the limit counts them all
    const limit = (count: number) => check(maxDirectivesRule(3), query(count)).filter(({ code }) => code);
    expect(limit(3)).toEqual([]);
    expect(limit(4)).toEqual([
      {
        message:
          'Operation "Flags" uses 4 directives; the gateway allows at most 3. Remove repeated or unneeded directives (@include, @skip), or split the operation into several requests.',
        code: 'TOO_MANY_DIRECTIVES',
      },
    ]);
  });

  it('counts the directives inside a fragment each time it is spread', () => {
    const query = `{ customer(id: "1") { ...F friend { ...F } } } fragment F on Customer { name @skip(if: false) id @include(if: true) }`;
    expect(check(maxDirectivesRule(4), query)).toEqual([]);
    expect(check(maxDirectivesRule(3), query)).toEqual([
      { message: expect.stringMatching(/^The operation uses 4 directives;/), code: 'TOO_MANY_DIRECTIVES' },
    ]);
  });
});

describe('Limits: maxRootFieldsRule counts the fields at the root', () => {
  it('rejects 3 root fields over a limit of 2 with TOO_MANY_ROOT_FIELDS, counting fragments at the root', () => {
    const query = `query Many { ping ...Q } fragment Q on Query { a: ping b: ping }`;
    expect(check(maxRootFieldsRule(2), query)).toEqual([
      {
        message:
          'Operation "Many" selects 3 root fields; the gateway allows at most 2. Split it into several requests.',
        code: 'TOO_MANY_ROOT_FIELDS',
      },
    ]);
    expect(check(maxRootFieldsRule(3), query)).toEqual([]);
  });
});

describe('Limits: maxCostRule prices fields, multiplied by page sizes', () => {
  const cost = (max: number) => maxCostRule({ max, defaultListSize: 10, maxPageSize: 100 });
  const costOf = (query: string): number => {
    const [error] = check(cost(0), query);
    const found = /would cost (\d+);/.exec(error?.message ?? '');
    if (!found?.[1]) throw new Error(`no cost in ${JSON.stringify(error)}`);
    return Number(found[1]);
  };

  it('counts every field once without lists', () => {
    expect(costOf('{ customer(id: "1") { id name friend { name } } }')).toBe(5);
  });

  it('multiplies a page by `first`, without counting its edges again, and an unpaged list by the default size', () => {
    // customer 1 + orders 1 + 50 × (edges 1 + node 1 + lines 1 + 10 × sku 1)
    expect(costOf('{ customer(id: "1") { orders(first: 50) { edges { node { lines { sku } } } } } }')).toBe(652);
  });

  it('takes the schema default of `first`, a variable’s default, or the largest page for a variable without one', () => {
    expect(costOf('{ customers { edges { node { id } } } }')).toBe(1 + 20 * 3);
    expect(costOf('query ($n: Int = 5) { customers(first: $n) { edges { node { id } } } }')).toBe(1 + 5 * 3);
    expect(costOf('query ($n: Int) { customers(first: $n) { edges { node { id } } } }')).toBe(1 + 100 * 3);
  });

  it('rejects above the maximum with QUERY_TOO_COMPLEX, explaining the model and the fix', () => {
    expect(check(cost(100), 'query Big { customers(first: 50) { edges { node { id } } } }')).toEqual([
      {
        message:
          'Operation "Big" would cost 151; the gateway allows at most 100. Each field costs 1 and a list multiplies the fields inside it by its page size (`first`, else 10). Ask for smaller pages, fewer nested lists, or split the operation.',
        code: 'QUERY_TOO_COMPLEX',
      },
    ]);
  });
});

describe('Limits: a fragment bomb is priced without being expanded', () => {
  // F0 has 2 fields; each next fragment spreads the previous twice under aliases: F30 stands for ~2³¹ fields
  const levels = 30;
  const fragments = [`fragment F0 on Customer { id name }`];
  for (let level = 1; level <= levels; level++) {
    fragments.push(`fragment F${level} on Customer { a: friend { ...F${level - 1} } b: friend { ...F${level - 1} } }`);
  }
  const bomb = `{ customer(id: "1") { ...F${levels} } }\n${fragments.join('\n')}`;

  it('rejects it on cost and aliases in milliseconds', () => {
    const started = performance.now();
    const errors = validate(schema, parse(bomb), [...specifiedRules, ...limitValidationRules(DEFAULT_REQUEST_LIMITS)]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(errors.map((error) => error.extensions['code'])).toEqual([
      'QUERY_TOO_DEEP',
      'TOO_MANY_ALIASES',
      'QUERY_TOO_COMPLEX',
    ]);
  });
});

describe('Limits: the defaults let real clients through', () => {
  it('accepts the introspection query GraphiQL sends', () => {
    const errors = validate(schema, parse(getIntrospectionQuery()), [
      ...specifiedRules,
      ...limitValidationRules(DEFAULT_REQUEST_LIMITS),
    ]);
    expect(errors).toEqual([]);
  });
});
