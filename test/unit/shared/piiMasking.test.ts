import { graphql } from 'graphql';
import { buildSchema } from 'graphql';
import { applyPiiMasking, PII_MASKS } from '../../../subgraphs/shared/caller';
import type { Caller, RequestCaller } from '../../../subgraphs/shared/caller';

const mask = (kind: string, value: string) => {
  const masker = PII_MASKS[kind];
  if (!masker) throw new Error(`no mask for ${kind}`);
  return masker(value);
};

describe('PII masks: enough to tell two values apart, not enough to reach the person', () => {
  it.each([
    ['maria.keller@example.com', 'm***@example.com'],
    ['Maria.Schmidt@Example.com', 'M***@Example.com'],
    ['a@b.de', 'a***@b.de'],
    ['odd"name@x@example.com', 'o***@example.com'],
    ['no-at-sign', '***'],
    ['@example.com', '***'],
  ])('masks the e-mail %s as %s', (value, masked) => {
    expect(mask('EMAIL', value)).toBe(masked);
  });

  it.each([
    ['+4915112345671', '+49*********71'],
    ['+4930123456', '+49******56'],
    ['123456', '123*56'],
    ['12345', '***'],
  ])('masks the phone %s as %s, keeping its length', (value, masked) => {
    expect(mask('PHONE', value)).toBe(masked);
    if (value.length > 5) expect(masked).toHaveLength(value.length);
  });

  it.each([
    ['Kastanienallee 12', 'K***'],
    ['Hauptstraße 3', 'H***'],
    ['', ''],
  ])('masks the street %s as %s', (value, masked) => {
    expect(mask('STREET', value)).toBe(masked);
  });
});

describe('PII masking: the subgraph masks @pii fields for callers without pii:read', () => {
  const typeDefs = /* GraphQL */ `
    enum PiiKind {
      EMAIL
      PHONE
      STREET
    }
    directive @pii(kind: PiiKind!) on FIELD_DEFINITION
    type Person {
      name: String!
      email: String! @pii(kind: EMAIL)
      phone: String @pii(kind: PHONE)
      street: String! @pii(kind: STREET)
    }
    type Query {
      person: Person!
    }
  `;
  const person = { name: 'Maria Keller', email: 'maria.keller@example.com', phone: null, street: 'Kastanienallee 12' };
  const schema = applyPiiMasking(buildSchema(typeDefs));
  const rootValue = { person: () => person };

  async function read(caller: Caller | undefined) {
    const context: RequestCaller = { caller };
    const result = await graphql({
      schema,
      source: '{ person { name email phone street } }',
      rootValue,
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    return (result.data as { person: typeof person }).person;
  }

  it('shows everything to a caller with pii:read', async () => {
    expect(await read({ userId: 'agt_1', role: 'agent', team: 'billing', scopes: ['graph:read', 'pii:read'] })).toEqual(
      person,
    );
  });

  it('masks email and street for a caller without pii:read, and leaves null and other fields alone', async () => {
    expect(await read({ userId: 'ana_dev', role: 'analyst', scopes: ['graph:read'] })).toEqual({
      name: 'Maria Keller',
      email: 'm***@example.com',
      phone: null,
      street: 'K***',
    });
  });

  it('masks for a request that names no caller at all', async () => {
    expect(await read(undefined)).toMatchObject({ email: 'm***@example.com', street: 'K***' });
  });

  it('refuses, at start-up, a @pii kind it has no mask for', () => {
    const bad = typeDefs.replace('STREET\n', 'STREET\n      IBAN\n').replace('@pii(kind: STREET)', '@pii(kind: IBAN)');
    expect(() => applyPiiMasking(buildSchema(bad))).toThrow(/Person.street has @pii\(kind: IBAN\), an unknown kind/);
  });
});
