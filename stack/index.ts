// `npm start`: the whole customer graph in one process — one embedded PostgreSQL (PGlite) in DATA_DIR, the five
// subgraphs on free ports, the gateway and playground on PORT. Seeds a demo data set on the first start.
// Reads the environment and prints; the work is stack/startAll.ts.
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import { parseGatewayConfig } from '../gateway/config';
import { createLogger } from '../gateway/observability';
import {
  ConfigError,
  portVariable,
  postgresUrlVariable,
  readVariables,
  stringVariable,
} from '../platform/settings/env';
import type { VariableSpec } from '../platform/settings/env';
import { onShutdown } from '../platform/http/shutdown';
import { startAll } from './startAll';
import type { StartProgress } from './startAll';
import { DEFAULT_SEED } from './seed/cliArgs';
import { SUBGRAPH_NAMES } from '../subgraphs/shared/catalog';
import type { SubgraphName } from '../subgraphs/shared/catalog';

const DEFAULT_CUSTOMERS = 500;

function readConfig(env: NodeJS.ProcessEnv) {
  const databaseUrlSpecs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      `${name.toUpperCase()}_DATABASE_URL`,
      {
        schema: postgresUrlVariable,
        fix: `Set it to the ${name} subgraph's PostgreSQL database, or unset it to use the embedded one`,
      },
    ]),
  ) as Record<string, VariableSpec<typeof postgresUrlVariable>>;
  const urls = readVariables(env, databaseUrlSpecs);
  const { values, issues } = readVariables(env, {
    PORT: { schema: portVariable(4000), fix: 'Set PORT to a free port such as 4000, or unset it for the default' },
    HOST: { schema: stringVariable('127.0.0.1'), fix: 'Set HOST to 127.0.0.1, 0.0.0.0 or an interface address' },
    DATA_DIR: { schema: stringVariable('.data/pglite'), fix: 'Set DATA_DIR to a writable folder' },
    SEED_CUSTOMERS: {
      schema: z.preprocess(
        (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined),
        z
          .number({ error: 'must be a whole number' })
          .int()
          .min(5, { error: 'must be at least 5 (the scenario customers)' })
          .optional(),
      ),
      fix: `Set SEED_CUSTOMERS to how many customers the first start creates (default ${DEFAULT_CUSTOMERS})`,
    },
  });
  issues.push(...urls.issues);
  if (issues.length > 0) throw new ConfigError(issues, 'start configuration');
  const databaseUrls: Partial<Record<SubgraphName, string>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = urls.values[`${name.toUpperCase()}_DATABASE_URL`];
    if (typeof url === 'string') databaseUrls[name] = url;
  }
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: resolve(values.DATA_DIR),
    customers: values.SEED_CUSTOMERS ?? DEFAULT_CUSTOMERS,
    databaseUrls,
  };
}

/** One line rewritten in place on a terminal; plain lines (first and last only) when piped into a log. */
function statusLine() {
  const tty = process.stdout.isTTY === true;
  let shown = false;
  return {
    update(text: string) {
      if (tty) process.stdout.write(`\r\x1b[2K${text}`);
      else if (!shown) process.stdout.write(`${text}\n`);
      shown = true;
    },
    done(text: string) {
      process.stdout.write(tty ? `\r\x1b[2K${text}\n` : `${text}\n`);
      shown = false;
    },
  };
}

function progressPrinter(customers: number) {
  const line = statusLine();
  let bar: SingleBar | undefined;
  return (event: StartProgress) => {
    switch (event.step) {
      case 'postgres': {
        const hint = event.created
          ? 'first start initialises the data dir; later starts take ~1 s'
          : 'reopening the data dir';
        line.update(`Starting embedded PostgreSQL… ${Math.round(event.elapsedMs / 1000)}s (${hint})`);
        break;
      }
      case 'postgres-ready':
        line.done(
          `Embedded PostgreSQL ${event.created ? 'created' : 'opened'} in ${(event.elapsedMs / 1000).toFixed(1)} s`,
        );
        break;
      case 'migrated':
        if (event.applied.length > 0) console.log(`Migrated ${event.subgraph}: ${event.applied.join(', ')}`);
        break;
      case 'seeding':
        if (!bar) {
          console.log(`Seeding the demo data set (${customers} customers; only on the first start)…`);
          bar = new SingleBar({
            format: '  [{bar}] {percentage}% | {value}/{total} customers | {duration}s',
            noTTYOutput: false,
            hideCursor: true,
          });
          bar.start(event.progress.customersTotal, 0);
        }
        bar.update(event.progress.customersDone);
        break;
      case 'seeded':
        bar?.stop();
        console.log(`Seeded in ${(event.elapsedMs / 1000).toFixed(1)} s`);
        break;
      case 'already-seeded':
        console.log('Data set already seeded; delete DATA_DIR to start afresh.');
        break;
      case 'references-backfilled':
        console.log(
          `Copied ${event.copied.customers} customer, ${event.copied.orders} order and ${event.copied.shipments} shipment ids into the tickets database (seeded before openTicket checked them).`,
        );
        break;
      case 'pii-digests-backfilled':
        console.log(
          `Wrote ${event.written} digests of customers' contact data into the tickets database (seeded before ticket texts were masked with them).`,
        );
        break;
      case 'subgraph':
      case 'gateway':
        break;
      default: {
        const unreachable: never = event;
        throw new Error(`unhandled progress ${JSON.stringify(unreachable)}`);
      }
    }
  };
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = readConfig(process.env);
  // the gateway's own variables (subgraph timeouts, retries, circuit breakers, request limits, drain time) apply here too
  const gateway = parseGatewayConfig(process.env);
  const running = await startAll({
    resilience: gateway.resilience,
    limits: gateway.limits,
    drainMs: gateway.drainMs,
    auth: gateway.auth,
    // no `service` here: startAll names each line's service (gateway, crm, …), as the separate processes do
    log: createLogger({ level: gateway.logLevel }),
    trustedDocuments: gateway.trustedDocuments,
    entityCache: gateway.entityCache,
    dataDir: config.dataDir,
    databaseUrls: config.databaseUrls,
    // the seeder CLI's default seed, so `npm start` and `npm run seed` agree on the generated customers
    seed: { seed: DEFAULT_SEED, customers: config.customers },
    port: config.port,
    host: config.host,
    onProgress: progressPrinter(config.customers),
    onInternalError: (error, where) => console.error(`${where}: internal error hidden from the client:`, error),
  });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log('');
  for (const [name, url] of Object.entries(running.subgraphUrls)) console.log(`  subgraph ${name.padEnd(10)} ${url}`);
  console.log(`\nCustomer 360 ready in ${seconds} s (RSS ${rssMb} MB, data in ${config.dataDir})`);
  console.log(`  Playground:       ${running.gatewayUrl}   ← open in a browser`);
  console.log(`  GraphQL endpoint: ${running.gatewayUrl}   ← POST {"query": …}`);
  console.log('  Bearer token:     npm run token -- --role agent   (or supervisor, analyst, service)');
  console.log('Press Ctrl+C to stop.');
  onShutdown(running.stop);
}

main().catch((error: unknown) => {
  // the messages say what to fix; a stack would bury them (DEBUG=1 shows it for bugs)
  console.error(
    error instanceof Error && !process.env['DEBUG'] ? `${error.message}\n(set DEBUG=1 to see the stack)` : error,
  );
  process.exit(1);
});
