import { SUBGRAPHS } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { migrate, postgresDb } from '../../subgraphs/shared';
import type { Db } from '../../subgraphs/shared';
import { seedDatabases } from '../../stack/seed/load';
import { createScratchDatabase } from '../support/postgres';
import { GATEWAY_READY, startProcess, stopProcess, SUBGRAPH_READY } from '../support/processes';
import type { Child } from '../support/processes';
import { ENGINES, migrationsDir } from '../support/testDatabases';
import { authHeader } from '../support/tokens';

// Each subgraph alone in its own process on its own real PostgreSQL database (DATABASE_URL, migrations applied on
// start), and the gateway alone pointed at them by URL: the production topology.
(ENGINES.includes('postgres') ? describe : describe.skip)(
  'Subgraphs and gateway as separate processes on PostgreSQL',
  () => {
    const children: Child[] = [];
    const drops: (() => Promise<void>)[] = [];
    const dbs = {} as Record<SubgraphName, Db>;
    let gateway: Child | undefined;

    beforeAll(async () => {
      const prefix = process.env['C360_CI_DATABASE_PREFIX'];
      const urls = {} as Record<SubgraphName, string>;
      for (const { name } of SUBGRAPHS) {
        if (prefix) {
          urls[name] = `${prefix}${name}`;
        } else {
          const scratch = await createScratchDatabase();
          drops.push(scratch.drop);
          urls[name] = scratch.url;
        }
        dbs[name] = postgresDb(urls[name], { max: 2 });
      }
      const started = await Promise.all(
        SUBGRAPHS.map(async ({ name }) => {
          const child = await startProcess(
            ['scripts/subgraph.ts', name],
            { DATABASE_URL: urls[name], PORT: '0' },
            SUBGRAPH_READY,
          );
          children.push(child); // at once, so afterAll stops it even if another one fails to start
          return child;
        }),
      );
      // the subgraphs applied their migrations on start; this is a no-op that proves they did
      for (const { name } of SUBGRAPHS) expect(await migrate(dbs[name], name, migrationsDir(name))).toEqual([]);
      await seedDatabases(dbs, { seed: 3, customers: 20, reset: true }, () => undefined);
      const overrides = Object.fromEntries(
        SUBGRAPHS.map(({ name }, i) => [`SUBGRAPH_${name.toUpperCase()}_URL`, started[i]!.url]),
      );
      gateway = await startProcess(['gateway/index.ts'], { ...overrides, PORT: '0' }, GATEWAY_READY);
    }, 120_000);

    afterAll(async () => {
      await stopProcess(gateway);
      await Promise.all(children.map((child) => stopProcess(child)));
      await Promise.all(Object.values(dbs).map((db) => db.close()));
      for (const drop of drops) await drop();
    });

    it('answers the customer story across five processes and five databases', async () => {
      const response = await fetch(gateway!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authHeader()) },
        body: JSON.stringify({
          query:
            '{ customer(id: "cus_1") { name orders(first: 5) { edges { node { number shipments { status } lines { product { name } } } } } tickets { totalCount } timeline(first: 5) { edges { node { system } } } } }',
        }),
      });
      const body = (await response.json()) as {
        data?: { customer: { name: string; orders: { edges: unknown[] } } };
        errors?: unknown;
      };
      expect({ status: response.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      expect(body.data!.customer.name).toBe('Maria Keller');
      expect(body.data!.customer.orders.edges.length).toBeGreaterThan(0);
    });
  },
);
