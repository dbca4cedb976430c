import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SUBGRAPHS } from '../../subgraphs/catalog';
import type { SubgraphName } from '../../subgraphs/catalog';
import { migrate, postgresDb } from '../../subgraphs/shared';
import type { Db } from '../../subgraphs/shared';
import { seedDatabases } from '../../seed/load';
import { createScratchDatabase } from '../support/postgres';
import { ENGINES, migrationsDir } from '../support/testDatabases';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Child {
  process: ChildProcess;
  url: string;
}

/** Starts `tsx <script> [...args]` and resolves with the URL it announces in the line `ready` matches. */
function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${args.join(' ')} did not print its URL in 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(ready)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ process: child, url });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

function stopProcess(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.process.once('exit', () => resolve());
    child.process.kill('SIGTERM');
  });
}

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
        SUBGRAPHS.map(({ name }) =>
          startProcess(
            ['scripts/subgraph.ts', name],
            { DATABASE_URL: urls[name], PORT: '0' },
            /subgraph ready at (http:\/\/\S+\/graphql)/,
          ),
        ),
      );
      children.push(...started);
      // the subgraphs applied their migrations on start; this is a no-op that proves they did
      for (const { name } of SUBGRAPHS) expect(await migrate(dbs[name], name, migrationsDir(name))).toEqual([]);
      await seedDatabases(dbs, { seed: 3, customers: 20, reset: true }, () => undefined);
      const overrides = Object.fromEntries(
        SUBGRAPHS.map(({ name }, i) => [`SUBGRAPH_${name.toUpperCase()}_URL`, started[i]!.url]),
      );
      gateway = await startProcess(
        ['gateway/index.ts'],
        { ...overrides, PORT: '0' },
        /Gateway ready: (http:\/\/\S+\/graphql)/,
      );
    }, 120_000);

    afterAll(async () => {
      await stopProcess(gateway);
      await Promise.all(children.map(stopProcess));
      await Promise.all(Object.values(dbs).map((db) => db.close()));
      for (const drop of drops) await drop();
    });

    it('answers the customer story across five processes and five databases', async () => {
      const response = await fetch(gateway!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
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
