import { Client } from 'pg';
import { migrate, postgresDb } from '../../subgraphs/shared';
import type { Db } from '../../subgraphs/shared';
import { createScratchDatabase } from '../support/postgres';
import { startProcess, stopProcess, SUBGRAPH_READY } from '../support/processes';
import type { Child } from '../support/processes';
import { ENGINES, migrationsDir } from '../support/testDatabases';
import { callerHeaders, DEV_SIGNING_SECRET, signRequest } from '../../platform/caller';
import { TEST_CALLER } from '../support/runOperation';

const OPEN = /* GraphQL */ `
  mutation ($input: OpenTicketInput!) {
    openTicket(input: $input) {
      id
      number
    }
  }
`;
const KEY = 'restart-mid-request-0001';
const INPUT = {
  customerId: 'cus_7',
  channel: 'EMAIL',
  category: 'BILLING',
  subject: 'Charged twice',
  body: 'My card was charged twice for the same order.',
  idempotencyKey: KEY,
};

async function openTicket(url: string): Promise<{ id?: string; errors?: unknown; failed?: string }> {
  try {
    // straight to the subgraph, signed as the gateway signs (the subgraph runs with the dev signing secret)
    const body = JSON.stringify({ query: OPEN, variables: { input: INPUT } });
    const headers = { 'content-type': 'application/json', ...callerHeaders(TEST_CALLER) };
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers, ...signRequest(DEV_SIGNING_SECRET, { subgraph: 'tickets', headers, body }) },
      body,
      signal: AbortSignal.timeout(20_000),
    });
    const answer = (await response.json()) as { data?: { openTicket: { id: string } }; errors?: unknown };
    return { id: answer.data?.openTicket.id, errors: answer.errors };
  } catch (error) {
    return { failed: (error as Error).message };
  }
}

// A client that never got an answer retries with the same key. Whatever the subgraph had done when it died, the
// retry must create the ticket exactly once. The request is frozen inside its transaction by a table lock held from
// another connection, the subgraph process is killed with SIGKILL, the lock released, the subgraph restarted.
(ENGINES.includes('postgres') ? describe : describe.skip)(
  'openTicket retried after the tickets subgraph died mid-request',
  () => {
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
    let db: Db;
    let subgraph: Child | undefined;

    beforeAll(async () => {
      scratch = await createScratchDatabase();
      db = postgresDb(scratch.url, { max: 2 });
      await migrate(db, 'tickets', migrationsDir('tickets'));
      // the tickets database's copy of crm's ids, as the seeder writes it: openTicket refuses unknown customers
      await db.query(`INSERT INTO tickets.customer_refs (customer_id) VALUES ('cus_7')`);
    });

    afterAll(async () => {
      await stopProcess(subgraph);
      await db?.close();
      await scratch?.drop();
    });

    async function ticketsWithKey(): Promise<number> {
      const [row] = await db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM tickets.tickets t JOIN tickets.idempotency_keys k ON k.ticket_id = t.id WHERE k.key = $1`,
        [KEY],
      );
      return row!.count;
    }

    it('creates the ticket exactly once', async () => {
      subgraph = await startProcess(
        ['scripts/subgraph.ts', 'tickets'],
        { DATABASE_URL: scratch.url, PORT: '0' },
        SUBGRAPH_READY,
      );

      const locker = new Client({ connectionString: scratch.url });
      await locker.connect();
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE tickets.idempotency_keys IN ACCESS EXCLUSIVE MODE');
      const pending = openTicket(subgraph.url);

      // wait until the subgraph's transaction is blocked on our lock (bounded: 10 s)
      let blocked = false;
      for (let i = 0; i < 100 && !blocked; i++) {
        const { rows } = await locker.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
        );
        blocked = (rows[0]?.n ?? 0) > 0;
        if (!blocked) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(blocked).toBe(true);

      await stopProcess(subgraph, 'SIGKILL');
      const lost = await pending;
      expect(lost.failed).toBeDefined(); // the client never got an answer
      await locker.query('ROLLBACK');
      await locker.end();

      // the dead process's transaction must not have left a ticket behind (its backend ends once it sees the socket closed)
      for (let i = 0; i < 50; i++) {
        const { length } = await db.query(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
        );
        if (length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await ticketsWithKey()).toBe(0);

      subgraph = await startProcess(
        ['scripts/subgraph.ts', 'tickets'],
        { DATABASE_URL: scratch.url, PORT: '0' },
        SUBGRAPH_READY,
      );
      const retry = await openTicket(subgraph.url);
      expect(retry.errors).toBeUndefined();
      expect(retry.id).toMatch(/^tkt_\d+$/);
      const again = await openTicket(subgraph.url);
      expect(again.id).toBe(retry.id);
      expect(await ticketsWithKey()).toBe(1);
      const [count] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM tickets.tickets WHERE customer_id = 'cus_7'`,
      );
      expect(count!.n).toBe(1);
    }, 120_000);
  },
);
