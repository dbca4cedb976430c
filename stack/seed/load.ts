import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db, Queryable } from '../../subgraphs/shared/db';
import { checkSeedOptions, generateSeed } from './generate';
import type { SeedBatch, SeedOptions } from './generate';
import { advanceSequences } from './advanceSequences';
import { insertRows } from './insertRows';
import type { SeedRows, TableKey } from './rows';
import { TABLE_KEYS, TABLES } from './tables';
import { defaultAsOf } from './time';

export { verifyCoherence } from './verifyCoherence';

export interface LoadOptions extends Omit<SeedOptions, 'asOf'> {
  /** Defaults to the current hour (see defaultAsOf). */
  asOf?: Date;
  /** Empty every seeded table first. Without it, seeding a database that holds rows is refused. */
  reset?: boolean;
  /** Rows per INSERT statement (5,000 by default). */
  rowsPerStatement?: number;
}

export interface SeedProgress {
  customersDone: number;
  customersTotal: number;
  rowsWritten: number;
  elapsedMs: number;
}

export interface SeedSummary {
  asOf: Date;
  customers: number;
  /** Rows written per table. */
  rows: Record<TableKey, number>;
  elapsedMs: number;
}

/** Thrown instead of mixing a new data set into tables that already hold one. */
export class SeedRefusedError extends Error {
  constructor(readonly nonEmptyTables: string[]) {
    super(
      `Refusing to seed: ${listed(nonEmptyTables)} already hold rows, and a second data set would clash with the first ` +
        '(same ids). Pass --reset (option reset: true) to empty every seeded table first, or point the seeder at empty databases.',
    );
    this.name = 'SeedRefusedError';
  }
}

function listed(tables: string[]): string {
  return tables.length <= 3
    ? tables.join(', ')
    : `${tables.slice(0, 3).join(', ')} and ${tables.length - 3} more tables`;
}

const DEFAULT_ROWS_PER_STATEMENT = 5_000;

/**
 * Generates the data set and writes it: each subgraph's rows into that subgraph's database, one transaction per
 * subgraph and batch of customers. Batch k+1 is generated while batch k is being written, which overlaps the two
 * when the databases are remote. Reports progress after every batch.
 */
export async function seedDatabases(
  dbs: Record<SubgraphName, Db>,
  options: LoadOptions,
  onProgress: (progress: SeedProgress) => void = () => undefined,
): Promise<SeedSummary> {
  const started = Date.now();
  const seedOptions: SeedOptions = { ...options, asOf: options.asOf ?? defaultAsOf(new Date()) };
  checkSeedOptions(seedOptions);
  const rowsPerStatement = options.rowsPerStatement ?? DEFAULT_ROWS_PER_STATEMENT;
  if (options.reset) await resetTables(dbs);
  else {
    const nonEmpty = await nonEmptyTables(dbs);
    if (nonEmpty.length > 0) throw new SeedRefusedError(nonEmpty);
  }

  const written = Object.fromEntries(TABLE_KEYS.map((key) => [key, 0])) as Record<TableKey, number>;
  let rowsWritten = 0;
  const batches = generateSeed(seedOptions);
  let next = batches.next();
  while (!next.done) {
    const batch: SeedBatch = next.value;
    const writing = writeBatch(dbs, batch.rows, rowsPerStatement);
    // keep the rejection from being reported as unhandled while the next batch is generated
    writing.catch(() => undefined);
    next = batches.next();
    await writing;
    for (const key of TABLE_KEYS) {
      written[key] += batch.rows[key].length;
      rowsWritten += batch.rows[key].length;
    }
    onProgress({
      customersDone: batch.customersDone,
      customersTotal: batch.customersTotal,
      rowsWritten,
      elapsedMs: Date.now() - started,
    });
  }
  await advanceSequences(dbs.tickets);
  await advanceSequences(dbs.crm, 'crm');
  await analyzeTables(dbs);
  return { asOf: seedOptions.asOf, customers: seedOptions.customers, rows: written, elapsedMs: Date.now() - started };
}

/**
 * Planner statistics for what was just written. Autovacuum may be off (it is on some servers, and it lags behind a
 * bulk load anyway); without statistics PostgreSQL plans the first queries for empty tables, and a customer story
 * at 100,000 customers took 10-17 s instead of milliseconds.
 */
async function analyzeTables(dbs: Record<SubgraphName, Db>): Promise<void> {
  for (const [schema, db] of Object.entries(dbs)) {
    const tables = await db.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = $1`,
      [schema],
    );
    if (tables.length > 0) await db.exec(`ANALYZE ${tables.map(({ name }) => name).join(', ')}`);
  }
}

/** Whether the databases hold a data set already (CRM has customers). */
export async function isSeeded(dbs: Record<SubgraphName, Db>): Promise<boolean> {
  const [row] = await dbs.crm.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM crm.customers) AS seeded');
  return row?.seeded === true;
}

async function writeBatch(dbs: Record<SubgraphName, Db>, rows: SeedRows, rowsPerStatement: number): Promise<void> {
  // one subgraph after the other: on the shared PGlite, concurrent transactions only queue and measured ~50% slower
  for (const subgraph of SUBGRAPH_NAMES) {
    const keys = TABLE_KEYS.filter((key) => TABLES[key].subgraph === subgraph && rows[key].length > 0);
    if (keys.length === 0) continue;
    await dbs[subgraph].transaction(async (tx) => {
      // a crash mid-seed loses at most this batch, which a rerun with --reset redoes anyway
      await tx.query('SET LOCAL synchronous_commit = off');
      for (const key of keys) await insertTable(tx, key, rows, rowsPerStatement);
    });
  }
}

function insertTable<Key extends TableKey>(
  tx: Queryable,
  key: Key,
  rows: SeedRows,
  rowsPerStatement: number,
): Promise<void> {
  return insertRows(tx, TABLES[key], rows[key], rowsPerStatement);
}

function tablesOf(subgraph: SubgraphName): string[] {
  return TABLE_KEYS.filter((key) => TABLES[key].subgraph === subgraph).map((key) => TABLES[key].table);
}

async function nonEmptyTables(dbs: Record<SubgraphName, Db>): Promise<string[]> {
  const found: string[] = [];
  for (const subgraph of SUBGRAPH_NAMES) {
    for (const table of tablesOf(subgraph)) {
      const [row] = await dbs[subgraph].query<{ used: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${table}) AS used`);
      if (row?.used) found.push(table);
    }
  }
  return found;
}

async function resetTables(dbs: Record<SubgraphName, Db>): Promise<void> {
  for (const subgraph of SUBGRAPH_NAMES) await dbs[subgraph].exec(`TRUNCATE ${tablesOf(subgraph).join(', ')} CASCADE`);
}
