import { randomUUID } from 'node:crypto';
import type { EntityCacheConfig } from '../../gateway/dataSources/cache';
import { loadSavedOperation } from '../../gateway/playground/savedOperations';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';
import type { DevTokenOptions } from '../../gateway/auth/devToken';

const STORY = loadSavedOperation('customerStory').query;
const EMAIL_OF = `#graphql
  query emailOf($id: ID!) { customer(id: $id) { id email } }
`;
// crm and tickets only: entries kept 60 s and more, so that no TTL runs out while a test runs (stock's is 15 s)
const TICKETS_OF = `#graphql
  query ticketsOf($id: ID!) {
    customer(id: $id) {
      id
      name
      tickets(first: 10) { edges { node { number status team { code } messages(first: 50) { totalCount } } } }
    }
  }
`;
const ADD_MESSAGE = `#graphql
  mutation ($input: AddMessageInput!) { addMessage(input: $input) { id } }
`;
const TRANSFER = `#graphql
  mutation ($team: ID!) { transferTicket(ticketId: "tkt_1", toTeam: $team, reason: "response cache test", agentId: "agt_1") { id } }
`;

interface TicketsOf {
  customer: {
    tickets: { edges: { node: { number: string; team: { code: string }; messages: { totalCount: number } } }[] };
  };
}
type Lookups = { hit: number; miss: number; invalidated: number };

// The response cache answers a query without planning or fetching while every entity cache entry it was built
// from is unchanged: these tests tell a response hit from an entity cache hit by the gateway's own counters, and
// check after every write, under concurrent readers, that the next read shows it.
describe('Response cache through the gateway', () => {
  let stack: Stack;

  beforeAll(async () => {
    const entityCache: EntityCacheConfig = {
      mode: 'memory',
      maxEntries: 10_000,
      prefix: `c360:test:${randomUUID()}:`,
      responses: { maxEntries: 100, maxBytes: 8 * 1024 * 1024 },
    };
    stack = await startStack('pglite', { customers: 10, gateway: { entityCache } });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  async function lookups(): Promise<Lookups> {
    const response = await fetch(stack.url.replace('/graphql', '/metrics'), { headers: await authHeader() });
    const text = await response.text();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
    return {
      hit: value(/^c360_response_cache_lookups_total\{result="hit"\} (\d+)/m),
      miss: value(/^c360_response_cache_lookups_total\{result="miss"\} (\d+)/m),
      invalidated: value(/^c360_response_cache_invalidations_total (\d+)/m),
    };
  }

  /** Runs a read; returns its data, the SQL statements it cost and how the response cache answered it. */
  async function read<Data>(
    query: string,
    variables: Record<string, unknown>,
    who: DevTokenOptions | DevTokenOptions['role'] = 'supervisor',
  ) {
    const before = await lookups();
    stack.resetStatements();
    const { status, body } = await stack.query<Data>(query, variables, await authHeader(who));
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    const sql = stack.statements();
    const after = await lookups();
    return { data: body.data!, sql, hit: after.hit - before.hit, miss: after.miss - before.miss };
  }

  async function mutate(query: string, variables: Record<string, unknown>, who: DevTokenOptions['role'] = 'agent') {
    const { status, body } = await stack.query(query, variables, await authHeader(who));
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  }

  it('answers a repeated customer story from one kept response: no fetch, no SQL, the same answer', async () => {
    const first = await read<TicketsOf>(STORY, { id: 'cus_3' });
    expect({ hit: first.hit, miss: first.miss }).toEqual({ hit: 0, miss: 1 });
    expect(first.sql).toBeGreaterThan(10);
    const second = await read<TicketsOf>(STORY, { id: 'cus_3' });
    expect({ hit: second.hit, miss: second.miss, sql: second.sql }).toEqual({ hit: 1, miss: 0, sql: 0 });
    expect(second.data).toEqual(first.data);
    // other variables are another response
    expect((await read(STORY, { id: 'cus_4' })).miss).toBe(1);
  });

  it('never shows stale data after a write through the gateway, even with reads in flight during the write', async () => {
    const ticket = (data: TicketsOf) =>
      data.customer.tickets.edges.find(({ node }) => node.number === 'T-100001')!.node;
    const agent = { role: 'agent', sub: 'agt_1' } as const;
    await read<TicketsOf>(TICKETS_OF, { id: 'cus_1' }, agent);
    let { messages, team } = ticket((await read<TicketsOf>(TICKETS_OF, { id: 'cus_1' }, agent)).data);
    expect(messages.totalCount).toBeGreaterThan(0);

    for (let round = 0; round < 6; round++) {
      const write =
        round % 2 === 0
          ? mutate(ADD_MESSAGE, {
              input: {
                ticketId: 'tkt_1',
                direction: 'OUTBOUND',
                channel: 'CHAT',
                body: `Round ${round}`,
                agentId: 'agt_1',
              },
            })
          : mutate(TRANSFER, { team: team.code === 'billing' ? 'customer_care' : 'billing' });
      // readers racing the write: whatever they fill must not outlive it
      const headers = await authHeader(agent);
      const racing = Array.from({ length: 4 }, () => stack.query<TicketsOf>(TICKETS_OF, { id: 'cus_1' }, headers));
      await Promise.all([write, ...racing]);
      const after = await read<TicketsOf>(TICKETS_OF, { id: 'cus_1' }, agent);
      const shown = ticket(after.data);
      if (round % 2 === 0) expect(shown.messages.totalCount).toBe(messages.totalCount + 1);
      else expect(shown.team.code).not.toBe(team.code);
      ({ messages, team } = shown);
      // kept again: the next read is a hit with the same answer
      const again = await read<TicketsOf>(TICKETS_OF, { id: 'cus_1' }, agent);
      expect({ hit: again.hit, sql: again.sql }).toEqual({ hit: 1, sql: 0 });
      expect(again.data).toEqual(after.data);
    }
    expect((await lookups()).invalidated).toBeGreaterThan(0);
  });

  it('never shares a response between callers who see different answers or hold different rights', async () => {
    const supervisor = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_2' });
    expect(supervisor.data.customer.email).toBe('tom.becker@example.com');
    expect((await read(EMAIL_OF, { id: 'cus_2' })).hit).toBe(1);

    const analyst = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_2' }, 'analyst');
    expect({ email: analyst.data.customer.email, hit: analyst.hit }).toEqual({ email: 't***@example.com', hit: 0 });
    const analystAgain = await read<{ customer: { email: string } }>(EMAIL_OF, { id: 'cus_2' }, 'analyst');
    expect({ email: analystAgain.data.customer.email, hit: analystAgain.hit }).toEqual({
      email: 't***@example.com',
      hit: 1,
    });

    // an agent of another team, then one of the same team as another agent: keyed by role, team and scopes
    const billing = await read(EMAIL_OF, { id: 'cus_2' }, { role: 'agent', sub: 'agt_2', team: 'billing' });
    expect(billing.hit).toBe(0);
    const care = await read(EMAIL_OF, { id: 'cus_2' }, { role: 'agent', sub: 'agt_3', team: 'customer_care' });
    expect(care.hit).toBe(0);
    const careColleague = await read(EMAIL_OF, { id: 'cus_2' }, { role: 'agent', sub: 'agt_4', team: 'customer_care' });
    expect(careColleague.hit).toBe(1);
  });

  it('keeps no response with an error, nor one whose fetches the entity cache does not keep', async () => {
    const malformed = await stack.query(EMAIL_OF, { id: ' ' });
    expect(malformed.body.errors).toHaveLength(1);
    const before = await lookups();
    expect((await stack.query(EMAIL_OF, { id: ' ' })).body.errors).toHaveLength(1);
    expect((await lookups()).hit).toBe(before.hit);

    // customerByEmail has no TTL: every lookup is audited, so it is fetched every time
    const byEmail = `#graphql
      query ($email: String!) { customerByEmail(email: $email) { id name } }`;
    await read(byEmail, { email: 'tom.becker@example.com' });
    const second = await read(byEmail, { email: 'tom.becker@example.com' });
    expect({ hit: second.hit, miss: second.miss }).toEqual({ hit: 0, miss: 1 });
    expect(second.sql).toBeGreaterThan(0);
  });

  it('does not touch mutations: each one runs', async () => {
    const before = await lookups();
    await mutate(ADD_MESSAGE, { input: { ticketId: 'tkt_2', direction: 'INBOUND', channel: 'EMAIL', body: 'a' } });
    await mutate(ADD_MESSAGE, { input: { ticketId: 'tkt_2', direction: 'INBOUND', channel: 'EMAIL', body: 'a' } });
    const after = await lookups();
    expect({ hit: after.hit - before.hit, miss: after.miss - before.miss }).toEqual({ hit: 0, miss: 0 });
  });
});
