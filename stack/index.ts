// `npm start`: the whole customer graph in one process — one embedded PostgreSQL (PGlite) in DATA_DIR, the five
// subgraphs on free ports, the gateway and playground on PORT. Seeds a demo data set on the first start.
// Reads the environment and prints; the work is stack/startAll.ts.
import { setFlagsFromString } from 'node:v8';
import { SingleBar } from 'cli-progress';
import { createLogger } from '../gateway/observability';
import { onShutdown } from '../platform/http/shutdown';
import { ConfigError } from '../platform/settings';
import { readStartConfig } from './readStartConfig';
import { startAll } from './startAll';
import type { StartProgress } from './startAll';
import { DEFAULT_SEED } from './seed/cliArgs';

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
          `Copied ${event.copied.customers} customer, ${event.copied.orders} order and ${event.copied.shipments} shipment ids (with carriers) and ${event.copied.orderSkus} order skus into the tickets database, and onto ${event.copied.tickets} tickets their order's skus and shipment's carrier (seeded before openTicket checked them and the complaint KPIs counted by them).`,
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
  const config = readStartConfig(process.env);
  const running = await startAll({
    // the gateway's settings (timeouts, retries, breakers, limits, auth, trusted documents, entity cache, drain
    // time) and its PORT and HOST; not its SUPERGRAPH_PATH or SUBGRAPH_<NAME>_URL: startAll serves the repository's
    // supergraph from the subgraphs it starts, and reloads it when it changes (SUPERGRAPH_WATCH, on by default):
    // `npm run compose` takes effect without a restart
    ...config.gateway,
    // a random secret per start, not SUBGRAPH_SIGNING_SECRET: nothing outside this process need talk to its subgraphs
    signingSecret: undefined,
    // no `service` here: startAll names each line's service (gateway, crm, …), as the separate processes do
    log: createLogger({ level: config.gateway.logLevel }),
    dataDir: config.dataDir,
    databaseUrls: config.databaseUrls,
    jobVariables: config.jobVariables,
    // the seeder CLI's default seed, so `npm start` and `npm run seed` agree on the generated customers
    seed: { seed: DEFAULT_SEED, customers: config.customers },
    onProgress: progressPrinter(config.customers),
    onInternalError: (error, where) => console.error(`${where}: internal error hidden from the client:`, error),
  });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log('');
  for (const [name, url] of Object.entries(running.subgraphUrls)) console.log(`  subgraph ${name.padEnd(10)} ${url}`);
  console.log(`\nCustomer 360 ready in ${seconds} s (RSS ${rssMb} MB, data in ${config.dataDir})`);
  console.log(`  Console:          ${new URL('/console', running.gatewayUrl).href}   ← agents, team leads, analysts`);
  console.log(`  Playground:       ${running.gatewayUrl}   ← open in a browser`);
  console.log(`  GraphQL endpoint: ${running.gatewayUrl}   ← POST {"query": …}`);
  console.log('  Bearer token:     npm run token -- --role agent   (or supervisor, analyst, service)');
  if (config.gateway.supergraphReload.watch)
    console.log(
      '  Supergraph:       schema/supergraph.graphql is watched: `npm run compose` applies without a restart',
    );
  console.log('Press Ctrl+C to stop.');
  onShutdown(running.stop);
}

// PGlite's PostgreSQL is WebAssembly. V8 compiles it with its baseline compiler (Liftoff), then recompiles the hot
// functions with its optimising one (TurboFan) on background threads, whose scratch memory stays in those threads'
// malloc arenas: 30-90 MB more resident memory, a different amount on every start, for no gain we could measure here
// (a customer story cost the same CPU; bench/results/2026-12-07-start-memory.md). Baseline code only, then: set
// before main() opens PGlite, which compiles its module then. This process only; a V8 without the flag would say
// so on stderr and go on.
setFlagsFromString('--liftoff-only');

main().catch((error: unknown) => {
  // the messages say what to fix; a stack would bury them (DEBUG=1 shows it for bugs)
  console.error(
    error instanceof ConfigError
      ? error.message
      : error instanceof Error && !process.env['DEBUG']
        ? `${error.message}\n(set DEBUG=1 to see the stack)`
        : error,
  );
  process.exit(1);
});
