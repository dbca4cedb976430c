import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import type { DevTokenOptions } from '../../gateway/auth';
import { SCENARIO } from '../../stack/seed/scenarioIds';
import { PII_MASKS } from '../../subgraphs/shared/pii';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const MARIA = SCENARIO.maria;

/** `Type.field` → `@pii(kind:)` for every field the composed supergraph marks, whichever subgraph declared it. */
function piiFieldsOf(supergraphSdl: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const pii = field.directives?.find((directive) => directive.name.value === 'pii');
      if (!pii) continue;
      const kind = pii.arguments?.find((argument) => argument.name.value === 'kind')?.value;
      fields[`${definition.name.value}.${field.name.value}`] = kind?.kind === Kind.ENUM ? kind.value : '?';
    }
  }
  return fields;
}

type Value = string | null;

interface PiiField {
  kind: string;
  /** What to select on Maria's Customer to reach the field. */
  selection: string;
  /** The field's values in the answer, in order. */
  read(customer: Record<string, unknown>): Value[];
  /** The clear values, straight from the CRM database. */
  stored(stack: Stack): Promise<Value[]>;
}

/** Every PII field the matrix covers; a new `@pii` field in the supergraph fails the first test until it is added. */
const FIELDS: Record<string, PiiField> = {
  'Customer.email': {
    kind: 'EMAIL',
    selection: 'email',
    read: (customer) => [customer['email'] as Value],
    stored: async (stack) =>
      (
        await stack.dbs.crm.query<{ email: string }>('SELECT email FROM crm.customers WHERE id = $1', [
          MARIA.customerId,
        ])
      ).map(({ email }) => email),
  },
  'Customer.phone': {
    kind: 'PHONE',
    selection: 'phone',
    read: (customer) => [customer['phone'] as Value],
    stored: async (stack) =>
      (
        await stack.dbs.crm.query<{ phone: string }>('SELECT phone FROM crm.customers WHERE id = $1', [
          MARIA.customerId,
        ])
      ).map(({ phone }) => phone),
  },
  'Address.street': {
    kind: 'STREET',
    selection: 'addresses { street }',
    read: (customer) => (customer['addresses'] as { street: Value }[]).map(({ street }) => street),
    stored: async (stack) =>
      (
        await stack.dbs.crm.query<{ street: string }>(
          'SELECT street FROM crm.addresses WHERE customer_id = $1 ORDER BY is_default DESC, position',
          [MARIA.customerId],
        )
      ).map(({ street }) => street),
  },
};

/**
 * Free text (`@pii(kind: FREE_TEXT)`): what is masked depends on what was written, so these are covered by
 * test/integration/piiFreeText.test.ts (seeded texts naming the customer's e-mail, phone and street, every role)
 * and test/unit/shared/freeTextMasking.test.ts (the corpus). A new FREE_TEXT field fails the first test until it is
 * listed here and read there.
 */
const FREE_TEXT_FIELDS = [
  'AgentNote.body',
  'TimelineEntry.summary',
  'Ticket.subject',
  'TicketMessage.body',
  'Handoff.reason',
  'TicketEvent.details',
  'Refund.reason',
  'TrackingEvent.location',
  'TrackingEvent.description',
];

/** Every way to Maria's Customer: from CRM itself, and as an entity the orders, tickets and logistics subgraphs return. */
const PATHS: Record<string, { wrap(selection: string): string; customer(data: Record<string, unknown>): unknown }> = {
  'customer(id:)': {
    wrap: (selection) => `{ found: customer(id: "${MARIA.customerId}") { id ${selection} } }`,
    customer: (data) => data['found'],
  },
  'orderByNumber → customer': {
    wrap: (selection) => `{ found: orderByNumber(number: "${MARIA.orderNumber}") { customer { id ${selection} } } }`,
    customer: (data) => (data['found'] as { customer: unknown }).customer,
  },
  'ticketByNumber → customer': {
    wrap: (selection) => `{ found: ticketByNumber(number: "${MARIA.ticketNumber}") { customer { id ${selection} } } }`,
    customer: (data) => (data['found'] as { customer: unknown }).customer,
  },
  'shipmentByTrackingNumber → customer': {
    wrap: (selection) =>
      `{ found: shipmentByTrackingNumber(trackingNumber: "${MARIA.trackingNumber}") { customer { id ${selection} } } }`,
    customer: (data) => (data['found'] as { customer: unknown }).customer,
  },
};

const ROLES: { name: string; token: DevTokenOptions; sees: 'full' | 'masked' }[] = [
  { name: 'agent', token: { role: 'agent' }, sees: 'full' },
  { name: 'supervisor', token: { role: 'supervisor' }, sees: 'full' },
  { name: 'analyst', token: { role: 'analyst' }, sees: 'masked' },
  {
    name: 'service with pii:read',
    token: { role: 'service', sub: 'crm-sync', scopes: ['graph:read', 'pii:read'] },
    sees: 'full',
  },
  {
    name: 'service without pii:read',
    token: { role: 'service', sub: 'report-tool', scopes: ['graph:read'] },
    sees: 'masked',
  },
];

function maskOf(kind: string): (value: string) => string {
  const mask = PII_MASKS[kind];
  if (!mask) throw new Error(`no mask for @pii(kind: ${kind})`);
  return mask;
}

// Through the real gateway over HTTP: each PII field, for each role, whichever subgraph the Customer is reached through.
describe('Role matrix: every PII field × every role, on every path to the customer', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack('pglite');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('covers exactly the fields the supergraph marks @pii, each with its kind', () => {
    const covered = Object.fromEntries([
      ...Object.entries(FIELDS).map(([coordinate, { kind }]) => [coordinate, kind]),
      ...FREE_TEXT_FIELDS.map((coordinate) => [coordinate, 'FREE_TEXT']),
    ]);
    expect(piiFieldsOf(SUPERGRAPH)).toEqual(covered);
  });

  describe.each(Object.entries(FIELDS))('%s', (_coordinate, field) => {
    it.each(ROLES)('$name sees it $sees', async ({ token, sees }) => {
      const clear = await field.stored(stack);
      expect(clear.length).toBeGreaterThan(0);
      expect(clear.every((value) => typeof value === 'string' && value.length > 3)).toBe(true);
      const mask = maskOf(field.kind);
      const expected = sees === 'full' ? clear : clear.map((value) => (value === null ? null : mask(value)));
      // a mask that changed nothing would make this test prove nothing
      expect(clear.map((value) => value && mask(value))).not.toEqual(clear);

      const headers = await authHeader(token);
      for (const [path, { wrap, customer }] of Object.entries(PATHS)) {
        const { status, body } = await stack.query<Record<string, unknown>>(wrap(field.selection), {}, headers);
        expect({ path, status, errors: body.errors }).toEqual({ path, status: 200, errors: undefined });
        const found = customer(body.data!) as Record<string, unknown>;
        expect({ path, id: found['id'], values: field.read(found) }).toEqual({
          path,
          id: MARIA.customerId,
          values: expected,
        });
      }
    });
  });

  it('refuses an analyst a lookup by e-mail or phone (it would tell whose they are), and lets an agent', async () => {
    for (const [query, variables] of [
      ['query ($email: String!) { customerByEmail(email: $email) { id } }', { email: MARIA.email }],
      ['query ($phone: String!) { customerByPhone(phone: $phone) { id } }', { phone: MARIA.phone }],
    ] as const) {
      const refused = await stack.query<unknown>(query, variables, await authHeader('analyst'));
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(refused.body.errors?.[0]?.message).toContain('pii:read');
      expect(JSON.stringify(refused.body)).not.toContain(MARIA.customerId);

      const agent = await stack.query<Record<string, { id: string }>>(query, variables, await authHeader('agent'));
      expect(agent.status).toBe(200);
      expect(Object.values(agent.body.data ?? {})).toEqual([{ id: MARIA.customerId }]);
    }
  });
});
