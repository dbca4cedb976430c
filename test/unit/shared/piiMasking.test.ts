import { graphql } from 'graphql';
import { buildSchema } from 'graphql';
import { applyPiiMasking, PII_MASKS } from '../../../subgraphs/shared/pii';
import type { Caller, RequestCaller } from '../../../platform/caller';
import { knownPiiOf, piiDigestsOf } from '../../../subgraphs/shared/pii/freeTextMasking';

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

describe('PII masking: @pii(kind: FREE_TEXT) masks what people wrote, with the customer they wrote about', () => {
  const typeDefs = /* GraphQL */ `
    enum PiiKind {
      FREE_TEXT
    }
    directive @pii(kind: PiiKind!) on FIELD_DEFINITION
    type Note {
      customerId: String!
      body: String! @pii(kind: FREE_TEXT)
    }
    type Query {
      note: Note!
    }
  `;
  const note = { customerId: 'cus_1', body: 'Lives on Kastanienallee, call 0151 123 456 71 or m.k@example.com' };
  const asked: string[] = [];
  const schema = applyPiiMasking<RequestCaller>(buildSchema(typeDefs), {
    Note: (parent: typeof note) => {
      asked.push(parent.customerId);
      return knownPiiOf(piiDigestsOf({ streets: ['Kastanienallee 12'] }));
    },
  });

  async function body(caller: Caller | undefined): Promise<string> {
    const result = await graphql({
      schema,
      source: '{ note { body } }',
      rootValue: { note: () => note },
      contextValue: { caller },
    });
    expect(result.errors).toBeUndefined();
    return (result.data as { note: { body: string } }).note.body;
  }

  it('shows the text as written to a caller with pii:read, without looking up the customer', async () => {
    asked.length = 0;
    expect(await body({ userId: 'agt_1', role: 'agent', scopes: ['graph:read', 'pii:read'] })).toBe(note.body);
    expect(asked).toEqual([]);
  });

  it("masks detected values and the customer's own (from the module's hook) for anyone else", async () => {
    asked.length = 0;
    expect(await body({ userId: 'ana_dev', role: 'analyst', scopes: ['graph:read'] })).toBe(
      'Lives on [street], call [phone] or [email]',
    );
    expect(asked).toEqual(['cus_1']);
    expect(await body(undefined)).toBe('Lives on [street], call [phone] or [email]');
  });

  it('refuses, at start-up, a FREE_TEXT field on a type the module gives no hook for', () => {
    expect(() => applyPiiMasking(buildSchema(typeDefs))).toThrow(
      /Note.body has @pii\(kind: FREE_TEXT\) but the module gives no knownPii hook for Note/,
    );
  });
});
