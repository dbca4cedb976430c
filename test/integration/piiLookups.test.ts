import { lookupDigest } from '../../subgraphs/crm/data/piiLookupAudit';
import { SCENARIO } from '../../stack/seed/scenarioIds';
import { createLogger } from '../../platform/observability';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { ENGINES } from '../support/testDatabases';
import { authHeader } from '../support/tokens';

const MARIA = SCENARIO.maria;

const BY_EMAIL = /* GraphQL */ `
  query ByEmail($email: String!) {
    customerByEmail(email: $email) {
      id
    }
  }
`;

const BY_PHONE = /* GraphQL */ `
  query ByPhone($phone: String!) {
    customerByPhone(phone: $phone) {
      id
    }
  }
`;

interface AuditRow {
  user_id: string;
  role: string;
  lookup: string;
  outcome: string;
  customer_id: string | null;
  value_digest: string;
}

describe.each(ENGINES)('Looking customers up by e-mail or phone on %s', (engine) => {
  let stack: Stack;
  const logLines: Record<string, unknown>[] = [];
  const log = createLogger({
    level: 'info',
    destination: { write: (line: string) => logLines.push(JSON.parse(line)) },
  });
  beforeAll(async () => {
    // with the entity cache on: a cached lookup would reach neither crm nor its audit log
    const entityCache = { mode: 'memory', maxEntries: 1_000, prefix: `pii-lookups-${engine}` } as const;
    stack = await startStack(engine, { customers: 10, gateway: { log, entityCache } });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function auditRows(): Promise<AuditRow[]> {
    return stack.dbs.crm.query<AuditRow>(
      'SELECT user_id, role, lookup, outcome, customer_id, value_digest FROM crm.pii_lookup_audit ORDER BY id',
    );
  }

  it.each([
    ['an analyst', { role: 'analyst' } as const],
    ['a service without pii:read', { role: 'service', sub: 'report-tool', scopes: ['graph:read'] } as const],
  ])('refuses %s with 403 FORBIDDEN naming pii:read, before crm is asked', async (_name, token) => {
    const before = (await auditRows()).length;
    for (const [query, variables, field] of [
      [BY_EMAIL, { email: MARIA.email }, 'Query.customerByEmail'],
      [BY_PHONE, { phone: MARIA.phone }, 'Query.customerByPhone'],
    ] as const) {
      const { status, body } = await stack.query<unknown>(query, variables, await authHeader(token));
      expect(status).toBe(403);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toContain(field);
      expect(body.errors?.[0]?.message).toContain('pii:read');
      expect(JSON.stringify(body)).not.toContain(MARIA.customerId);
      if (token.role === 'analyst')
        expect(body.errors?.[0]?.message).toMatch(/Analysts see personal data masked and may not search by it/);
    }
    // the gateway refused: crm never saw these, so they are not in crm's log (the gateway's log has them)
    expect((await auditRows()).length).toBe(before);
  });

  it('answers an agent and writes who, which lookup, hit and the customer to the audit log, never the value', async () => {
    const before = (await auditRows()).length;
    const agent = await authHeader('agent');
    const byEmail = await stack.query<{ customerByEmail: { id: string } }>(
      BY_EMAIL,
      { email: 'Maria.Keller@Example.com' },
      agent,
    );
    expect(byEmail.body).toEqual({ data: { customerByEmail: { id: MARIA.customerId } } });
    const byPhone = await stack.query<{ customerByPhone: { id: string } }>(
      BY_PHONE,
      { phone: '+49 151 1234 5671' },
      agent,
    );
    expect(byPhone.body).toEqual({ data: { customerByPhone: { id: MARIA.customerId } } });

    const rows = (await auditRows()).slice(before);
    expect(rows).toEqual([
      {
        user_id: 'agt_1',
        role: 'agent',
        lookup: 'EMAIL',
        outcome: 'HIT',
        customer_id: MARIA.customerId,
        value_digest: lookupDigest('EMAIL', MARIA.email),
      },
      {
        user_id: 'agt_1',
        role: 'agent',
        lookup: 'PHONE',
        outcome: 'HIT',
        customer_id: MARIA.customerId,
        value_digest: lookupDigest('PHONE', MARIA.phone),
      },
    ]);
  });

  it('records a miss, and every repeated lookup (lookups are never served from a cache)', async () => {
    const before = (await auditRows()).length;
    const supervisor = await authHeader('supervisor');
    for (let i = 0; i < 2; i++) {
      const { body } = await stack.query<unknown>(BY_EMAIL, { email: 'nobody@example.com' }, supervisor);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    }
    for (let i = 0; i < 2; i++) {
      const { body } = await stack.query<unknown>(BY_PHONE, { phone: MARIA.phone }, supervisor);
      expect(body).toEqual({ data: { customerByPhone: { id: MARIA.customerId } } });
    }
    const rows = (await auditRows()).slice(before);
    const miss = expect.objectContaining({ user_id: 'sup_dev', outcome: 'MISS', customer_id: null });
    const hit = expect.objectContaining({ user_id: 'sup_dev', outcome: 'HIT', customer_id: MARIA.customerId });
    expect(rows).toEqual([miss, miss, hit, hit]);
    // one value, one digest: repeated searches for it can be correlated
    expect(rows[0]?.value_digest).toBe(rows[1]?.value_digest);
  });

  it("logs each lookup on crm's log with who, how and the outcome, and without the value", async () => {
    const lines = logLines.filter((line) => line['audit'] === 'pii_lookup');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(lines).toContainEqual(
      expect.objectContaining({
        service: 'crm',
        userId: 'agt_1',
        role: 'agent',
        lookup: 'EMAIL',
        outcome: 'HIT',
        customerId: MARIA.customerId,
        valueDigest: lookupDigest('EMAIL', MARIA.email),
        requestId: expect.any(String),
      }),
    );
    const all = JSON.stringify(lines).toLowerCase();
    for (const clear of [MARIA.email, 'nobody@example.com', MARIA.phone, '15112345671'])
      expect(all).not.toContain(clear);
  });

  it('keeps no searched value in clear anywhere in the audit table', async () => {
    const dump = await stack.dbs.crm.query<{ row: string }>(
      'SELECT row_to_json(a)::text AS row FROM crm.pii_lookup_audit a',
    );
    expect(dump.length).toBeGreaterThan(0);
    const all = dump.map(({ row }) => row.toLowerCase()).join('\n');
    for (const clear of [MARIA.email, 'nobody@example.com', MARIA.phone, '15112345671', 'example.com'])
      expect(all).not.toContain(clear.toLowerCase());
  });
});
