import { crmModule } from '../../../subgraphs/crm/module';
import { lookupDigest } from '../../../subgraphs/crm/data/piiLookupAudit';
import type { Db } from '../../../subgraphs/shared';
import type { Caller } from '../../../platform/caller';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { ENGINES } from '../../support/testDatabases';
import { insertCrmFixtures } from './fixtures';

const BY_EMAIL = /* GraphQL */ `
  #graphql
  query ByEmail($email: String!) {
    customerByEmail(email: $email) {
      id
    }
  }
`;

const BY_PHONE = /* GraphQL */ `
  #graphql
  query ByPhone($phone: String!) {
    customerByPhone(phone: $phone) {
      id
    }
  }
`;

const ANALYST: Caller = { userId: 'ana_7', role: 'analyst', scopes: ['graph:read'] };

// Defence in depth: the gateway refuses these first (@authorize); crm refuses and records them on its own.
describe.each(ENGINES)('crm PII lookups without the gateway on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, crmModule, { insertFixtures: insertCrmFixtures });
  const as = (caller: Caller | undefined) => (database: Db) =>
    Object.assign(crmModule.createContext(database), { caller });

  async function lastAudit() {
    const [row] = await db().query<Record<string, unknown>>(
      'SELECT user_id, role, lookup, outcome, customer_id, value_digest FROM crm.pii_lookup_audit ORDER BY id DESC LIMIT 1',
    );
    return row;
  }

  it.each([
    ['an analyst', ANALYST],
    ['a request that names no caller', undefined],
  ])('refuses %s with FORBIDDEN naming pii:read, reads no customer and records the refusal', async (_name, caller) => {
    const { data, errors } = await run(BY_EMAIL, { email: 'maria.schmidt@example.com' }, as(caller));
    expect(data).toEqual({ customerByEmail: null });
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(errors?.[0]?.message).toContain('Query.customerByEmail needs the scope pii:read');
    expect(await lastAudit()).toEqual({
      user_id: caller?.userId ?? 'unknown',
      role: caller?.role ?? 'unknown',
      lookup: 'EMAIL',
      outcome: 'REFUSED',
      customer_id: null,
      value_digest: lookupDigest('EMAIL', 'maria.schmidt@example.com'),
    });
  });

  it('refuses a lookup by phone the same way', async () => {
    const { errors } = await run(BY_PHONE, { phone: '+4930123456' }, as(ANALYST));
    expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(errors?.[0]?.message).toContain('Query.customerByPhone needs the scope pii:read');
    expect(await lastAudit()).toMatchObject({ lookup: 'PHONE', outcome: 'REFUSED' });
  });

  it('records a hit with the customer and a miss without, as the normalised value digest', async () => {
    await run(BY_PHONE, { phone: '+49 (30) 123-456' });
    expect(await lastAudit()).toEqual({
      user_id: 'sup_test',
      role: 'supervisor',
      lookup: 'PHONE',
      outcome: 'HIT',
      customer_id: 'cus_1',
      value_digest: lookupDigest('PHONE', '+4930123456'),
    });
    await run(BY_EMAIL, { email: 'Nobody@Example.com' });
    expect(await lastAudit()).toMatchObject({
      outcome: 'MISS',
      customer_id: null,
      value_digest: lookupDigest('EMAIL', 'nobody@example.com'),
    });
  });

  it('records nothing for a value that is not an address at all (nothing was looked up)', async () => {
    const [{ count: before } = { count: 0 }] = await db().query<{ count: number }>(
      'SELECT count(*)::int AS count FROM crm.pii_lookup_audit',
    );
    const { errors } = await run(BY_EMAIL, { email: 'not-an-address' }, as(ANALYST));
    expect(errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
    const [{ count: after } = { count: 0 }] = await db().query<{ count: number }>(
      'SELECT count(*)::int AS count FROM crm.pii_lookup_audit',
    );
    expect(after).toBe(before);
  });
});
