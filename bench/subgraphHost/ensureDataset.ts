import { backfillReferences, referencesMissing } from '../../stack/seed/backfillReferences';
import { seedDatabases } from '../../stack/seed/load';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db } from '../../subgraphs/shared/db';

/** The data set a benchmark runs on: same three values, same rows (see stack/seed/generate.ts). */
export interface DatasetSpec {
  customers: number;
  seed: number;
  asOf: Date;
}

/**
 * Idempotency keys of the tickets the agent-session workload opens. They mark what the benchmark wrote, so the
 * next run can remove it and start from the seeded data again.
 */
export const BENCH_KEY_PREFIX = 'bench-';

// Lives in the crm database's public schema, outside every subgraph's own schema and migrations.
const MARKER_TABLE = 'public.c360_bench_dataset';

/**
 * Makes the databases hold exactly `spec`'s data set. Seeding 100,000 customers takes minutes, so a data set
 * already there (recorded in a marker row after a complete seed) is reused, minus the tickets earlier runs
 * opened; anything else (another scale or seed, a seed that was interrupted) is wiped and seeded again.
 */
export async function ensureDataset(
  dbs: Record<SubgraphName, Db>,
  spec: DatasetSpec,
  log: (line: string) => void,
): Promise<'reused' | 'seeded'> {
  const crm = dbs.crm;
  await crm.exec(
    `CREATE TABLE IF NOT EXISTS ${MARKER_TABLE} (customers integer NOT NULL, seed integer NOT NULL, as_of timestamptz NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())`,
  );
  const [marker] = await crm.query<{ customers: number; seed: number; as_of: Date }>(
    `SELECT customers, seed, as_of FROM ${MARKER_TABLE}`,
  );
  if (
    marker &&
    marker.customers === spec.customers &&
    marker.seed === spec.seed &&
    marker.as_of.getTime() === spec.asOf.getTime()
  ) {
    const [removed] = await dbs.tickets.query<{ count: number }>(
      `WITH gone AS (
         DELETE FROM tickets.tickets
         WHERE id IN (SELECT ticket_id FROM tickets.idempotency_keys WHERE key LIKE $1)
         RETURNING 1
       ) SELECT count(*)::int AS count FROM gone`,
      [`${BENCH_KEY_PREFIX}%`],
    );
    // seeded before tickets migration 006 (openTicket would refuse every customer without the reference copy) or
    // 010/011 (the complaint KPIs would count nothing without the orders' skus and the shipments' carriers)
    if (await referencesMissing(dbs)) {
      const copied = await backfillReferences(dbs);
      log(
        `data set: copied ${copied.customers.toLocaleString('en')} customer ids (and their orders, shipments with ` +
          `carriers: ${copied.shipments.toLocaleString('en')}; order skus: ${copied.orderSkus.toLocaleString('en')}; ` +
          `onto tickets: ${copied.tickets.toLocaleString('en')}) into tickets`,
      );
    }
    await analyze(dbs);
    log(
      `data set: reusing ${spec.customers.toLocaleString('en')} customers (seed ${spec.seed})` +
        (removed?.count ? `; removed ${removed.count.toLocaleString('en')} tickets earlier runs opened` : ''),
    );
    return 'reused';
  }

  await crm.exec(`DELETE FROM ${MARKER_TABLE}`);
  log(`data set: seeding ${spec.customers.toLocaleString('en')} customers (seed ${spec.seed})…`);
  let lastTenth = -1;
  const summary = await seedDatabases(dbs, { ...spec, reset: true }, (progress) => {
    const tenth = Math.floor((10 * progress.customersDone) / progress.customersTotal);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    log(
      `data set: ${progress.customersDone.toLocaleString('en')}/${progress.customersTotal.toLocaleString('en')} customers, ` +
        `${Math.round(progress.elapsedMs / 1000)} s`,
    );
  });
  await crm.query(`INSERT INTO ${MARKER_TABLE} (customers, seed, as_of) VALUES ($1, $2, $3)`, [
    spec.customers,
    spec.seed,
    spec.asOf,
  ]);
  await analyze(dbs);
  log(`data set: seeded in ${(summary.elapsedMs / 1000).toFixed(1)} s`);
  return 'seeded';
}

/**
 * Fresh planner statistics. Right after a bulk load PostgreSQL has none until autovacuum runs (never, where it is
 * off): at 100,000 customers the planner then seq-scans 300,000 payments inside a nested loop and a story takes
 * seconds. Production databases have statistics, so the benchmark must too.
 */
async function analyze(dbs: Record<SubgraphName, Db>): Promise<void> {
  // on PGlite the five are one database: once is enough, but five times costs little at that size
  for (const db of Object.values(dbs)) await db.exec('ANALYZE');
}
