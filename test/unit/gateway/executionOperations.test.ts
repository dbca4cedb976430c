import { buildSchema, operationFromDocument } from '@apollo/federation-internals';
import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import { CHECKED_FEDERATION_INTERNALS, memoizeExecutionOperations } from '../../../gateway/executionOperations';

const schema = buildSchema(`#graphql
  type Query { customer(id: ID!): Customer }
  type Customer { id: ID! name: String }
`);

const document = parse(`#graphql
  query Story($id: ID!) { customer(id: $id) { ...Names } }
  fragment Names on Customer { id name }
`);

/** What executeQueryPlan hands the conversion on every request: a new document of the parsed one's definitions. */
const asExecuted = (parsed: DocumentNode): DocumentNode => ({
  kind: parsed.kind,
  definitions: [...parsed.definitions],
});

describe('memoizeExecutionOperations: a parsed document becomes an Operation once, not on every request', () => {
  beforeAll(() => {
    expect(memoizeExecutionOperations()).toBe(true);
  });

  it('was checked against the installed @apollo/federation-internals (an upgrade fails here until checked again)', () => {
    const { version } = jest.requireActual<{ version: string }>('@apollo/federation-internals/package.json');
    expect(version).toBe(CHECKED_FEDERATION_INTERNALS);
  });

  it('gives executeQueryPlan the same Operation for the same definitions, through the package export it reads', () => {
    const first = operationFromDocument(schema, asExecuted(document), { validate: false });
    const again = operationFromDocument(schema, asExecuted(document), { validate: false });
    expect(again).toBe(first);
    expect(first.toString()).toContain('customer(id: $id)');
  });

  it('converts another document, or the same text parsed again, afresh', () => {
    const first = operationFromDocument(schema, asExecuted(document), { validate: false });
    const reparsed = parse(`#graphql
      query Story($id: ID!) { customer(id: $id) { ...Names } }
      fragment Names on Customer { id name }
    `);
    const other = operationFromDocument(schema, asExecuted(reparsed), { validate: false });
    expect(other).not.toBe(first);
    expect(other.toString()).toBe(first.toString());
  });

  it('leaves validated conversions (planning) and named operations alone', () => {
    const validated = operationFromDocument(schema, asExecuted(document), { validate: true });
    expect(operationFromDocument(schema, asExecuted(document), { validate: true })).not.toBe(validated);
    const named = operationFromDocument(schema, asExecuted(document), { validate: false, operationName: 'Story' });
    expect(operationFromDocument(schema, asExecuted(document), { validate: false, operationName: 'Story' })).not.toBe(
      named,
    );
  });

  it('still throws for a document that does not convert, every time', () => {
    const broken = parse('{ nope }');
    expect(() => operationFromDocument(schema, asExecuted(broken), { validate: false })).toThrow();
    expect(() => operationFromDocument(schema, asExecuted(broken), { validate: false })).toThrow();
  });

  it('is idempotent: a second call leaves one memo in place', () => {
    const before = operationFromDocument(schema, asExecuted(document), { validate: false });
    expect(memoizeExecutionOperations()).toBe(true);
    expect(operationFromDocument(schema, asExecuted(document), { validate: false })).toBe(before);
  });
});
