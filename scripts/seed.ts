// Seeds the five subgraph databases: `npx tsx scripts/seed.ts --customers 100000 --seed 42 [--reset]`.
// The only seeder file that reads argv and the environment; the work is done by stack/seed/ (see --help).
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { backfillPiiDigests } from '../stack/seed/backfillPiiDigests';
import { backfillReferences } from '../stack/seed/backfillReferences';
import { parseSeedCommand, SEED_HELP } from '../stack/seed/cliArgs';
import type { SeedCommand } from '../stack/seed/cliArgs';
import { SeedRefusedError, seedDatabases, verifyCoherence } from '../stack/seed/load';
import type { SeedSummary } from '../stack/seed/load';
import { TABLE_KEYS, TABLES } from '../stack/seed/tables';
import { defaultAsOf } from '../stack/seed/time';
import { SUBGRAPH_NAMES } from '../subgraphs/shared/catalog';
import type { SubgraphName } from '../subgraphs/shared/catalog';
import { openSubgraphDatabases } from '../subgraphs/shared/db';
import type { SubgraphDatabases } from '../subgraphs/shared/db';

async function main(): Promise<number> {
  const parsed = parseSeedCommand(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    console.log(SEED_HELP);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    for (const error of parsed.errors) console.error(`error: ${error}`);
    console.error('Run with --help for usage.');
    return 2;
  }
  const command = parsed.command;
  const databases = await openDatabases(command);
  const { dbs } = databases;
  try {
    if (command.backfillReferences) {
      const copied = await backfillReferences(dbs);
      const digests = await backfillPiiDigests(dbs);
      console.log(
        `Copied ${copied.customers} customer, ${copied.orders} order and ${copied.shipments} shipment ids (with carriers), ${copied.orderSkus} order skus (onto ${copied.tickets} tickets) and ${digests} contact digests into the tickets database (the ones it had were kept).`,
      );
      return 0;
    }
    const asOf = command.asOf ?? defaultAsOf(new Date());
    console.log(
      `Seeding ${command.customers.toLocaleString('en')} customers, seed ${command.seed}, as of ${asOf.toISOString()}${command.reset ? ' (reset first)' : ''}`,
    );

    const bar = new SingleBar({
      format: 'Seeding [{bar}] {percentage}% | {value}/{total} customers | {rate} rows/s | ETA {eta_formatted}',
      barsize: 30,
      hideCursor: true,
      // in CI logs (no TTY) print a line every 5 s instead of redrawing
      noTTYOutput: true,
      notTTYSchedule: 5000,
      etaBuffer: 20,
    });
    // started on the first batch, so a refusal or a bad option prints no empty bar
    let barStarted = false;
    let summary: SeedSummary;
    try {
      summary = await seedDatabases(
        dbs,
        { seed: command.seed, customers: command.customers, asOf, reset: command.reset },
        (progress) => {
          const rate = Math.round(progress.rowsWritten / Math.max(0.001, progress.elapsedMs / 1000));
          if (!barStarted) bar.start(command.customers, progress.customersDone, { rate });
          barStarted = true;
          bar.update(progress.customersDone, { rate });
        },
      );
    } finally {
      if (barStarted) bar.stop();
    }

    const total = TABLE_KEYS.reduce((sum, key) => sum + summary.rows[key], 0);
    console.log(
      `\nWrote ${total.toLocaleString('en')} rows in ${(summary.elapsedMs / 1000).toFixed(1)} s (${Math.round(total / (summary.elapsedMs / 1000)).toLocaleString('en')} rows/s):`,
    );
    for (const key of TABLE_KEYS)
      console.log(`  ${TABLES[key].table.padEnd(28)} ${summary.rows[key].toLocaleString('en').padStart(12)}`);

    const started = Date.now();
    const problems = await verifyCoherence(dbs);
    if (problems.length > 0) {
      console.error(`\nCross-database check found ${problems.length} problem(s):`);
      for (const problem of problems) console.error(`  - ${problem}`);
      return 1;
    }
    console.log(`Cross-database references check out (${Date.now() - started} ms).`);
    return 0;
  } catch (error) {
    if (error instanceof SeedRefusedError || error instanceof RangeError) {
      console.error(`error: ${error.message}`);
      return error instanceof RangeError ? 2 : 1;
    }
    throw error;
  } finally {
    await databases.close();
  }
}

/** Each subgraph's own PostgreSQL when its URL is set, else a view on the one embedded PGlite; migrated. */
function openDatabases(command: SeedCommand): Promise<SubgraphDatabases<SubgraphName>> {
  return openSubgraphDatabases({
    names: SUBGRAPH_NAMES,
    dataDir: resolve(command.dataDir),
    databaseUrls: command.databaseUrls,
    poolSize: 2,
    onProgress: (event) => {
      if (event.step === 'embedded-starting' && event.elapsedMs === 0)
        console.log(`Opening embedded PostgreSQL (PGlite) at ${event.dataDir ?? '(memory)'}`);
      else if (event.step === 'embedded-starting')
        process.stdout.write(`  starting… ${Math.round(event.elapsedMs / 1000)} s\r`);
    },
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
