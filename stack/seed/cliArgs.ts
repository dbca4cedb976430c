import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { describeIssue } from '../../platform/settings';
import { DEFAULT_DATA_DIR, readDatabaseVariables } from '../databaseVariables';
import { MAX_CUSTOMERS } from './generate';
import { readFlags } from './readFlags';
import { SCENARIO_CUSTOMER_COUNT } from './scenarioIds';

export interface SeedCommand {
  customers: number;
  seed: number;
  /** Undefined: the current hour. */
  asOf: Date | undefined;
  reset: boolean;
  /** Only copy the owners' ids into the tickets reference tables of a data set seeded before they existed. */
  backfillReferences: boolean;
  /** The embedded PGlite data dir, used by every subgraph without a `<NAME>_DATABASE_URL`. */
  dataDir: string;
  databaseUrls: Partial<Record<SubgraphName, string>>;
}

export { DEFAULT_DATA_DIR };

export type ParsedSeedCommand =
  { kind: 'run'; command: SeedCommand } | { kind: 'help' } | { kind: 'invalid'; errors: string[] };

export const DEFAULT_CUSTOMERS = 1_000;
export const DEFAULT_SEED = 42;

export const SEED_HELP = `Seeds the five subgraph databases with a coherent, reproducible customer data set.

Usage: npx tsx scripts/seed.ts [--customers N] [--seed N] [--as-of ISO] [--reset] [--data-dir DIR]
       npx tsx scripts/seed.ts --backfill-references [--data-dir DIR]

  --customers N   customers in all, ${SCENARIO_CUSTOMER_COUNT} to ${MAX_CUSTOMERS.toLocaleString('en')} (default ${DEFAULT_CUSTOMERS}); the ${SCENARIO_CUSTOMER_COUNT} scenario
                  customers cus_1…cus_5 are always included. About 3 orders and 0.4 tickets per customer.
  --seed N        whole number choosing the random data (default ${DEFAULT_SEED}); same seed, same data
  --as-of ISO     the "now" of the data, e.g. 2026-11-01T00:00:00Z. Default: the current hour, so open tickets
                  and parcels in transit look live; pin it for reproducible screenshots and dates.
  --reset         empty every seeded table first (deletes their data). Without it, non-empty databases are refused.
  --backfill-references
                  seed nothing: copy the customer, order and shipment ids from crm, orders and logistics into the
                  tickets database (openTicket checks them), each order's skus and each shipment's carrier (the
                  complaint KPIs count by them), and digests of the customers' e-mail, phone and streets (ticket
                  texts are masked with them), for a data set seeded before tickets migrations 006, 007 and 010
  --data-dir DIR  embedded PGlite data directory (default ${DEFAULT_DATA_DIR}, or $DATA_DIR)
  -h, --help      this text

Databases: a subgraph whose <NAME>_DATABASE_URL is set (${SUBGRAPH_NAMES.map((n) => `${n.toUpperCase()}_DATABASE_URL`).join(', ')})
is seeded in that PostgreSQL database; the others share the embedded PGlite at --data-dir. Migrations run first.
Exit codes: 0 done, 1 failed, 2 bad arguments.`;

const VALUE_FLAGS = ['--customers', '--seed', '--as-of', '--data-dir'] as const;

/** Parses the command line and environment; collects every problem so one run reports them all. */
export function parseSeedCommand(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedSeedCommand {
  const { help, values, switches, errors } = readFlags(argv, VALUE_FLAGS, [
    '--reset',
    '--backfill-references',
  ] as const);
  if (help) return { kind: 'help' };
  const reset = switches.has('--reset');
  const backfillReferences = switches.has('--backfill-references');

  const customers = wholeNumber(values['--customers'], DEFAULT_CUSTOMERS);
  if (customers === undefined || customers < SCENARIO_CUSTOMER_COUNT || customers > MAX_CUSTOMERS) {
    errors.push(
      `--customers must be a whole number from ${SCENARIO_CUSTOMER_COUNT} to ${MAX_CUSTOMERS} (the ${SCENARIO_CUSTOMER_COUNT} scenario customers are always included), got '${values['--customers']}'`,
    );
  }
  const seed = wholeNumber(values['--seed'], DEFAULT_SEED);
  if (seed === undefined) errors.push(`--seed must be a whole number, e.g. --seed 42, got '${values['--seed']}'`);
  let asOf: Date | undefined;
  const asOfText = values['--as-of'];
  if (asOfText !== undefined) {
    asOf = new Date(asOfText);
    // only full ISO instants: "2026-11-01" alone would silently mean midnight UTC on some engines and local on others
    if (
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/.test(asOfText) ||
      Number.isNaN(asOf.getTime())
    ) {
      errors.push(`--as-of must be an ISO instant with a time zone, e.g. 2026-11-01T00:00:00Z, got '${asOfText}'`);
    }
  }
  // DATA_DIR and <NAME>_DATABASE_URL as `npm start` reads them; --data-dir wins over DATA_DIR
  const databases = readDatabaseVariables(env);
  errors.push(...databases.issues.map(describeIssue));
  const dataDir = values['--data-dir'] ?? databases.dataDir;
  if (dataDir.trim() === '') errors.push('--data-dir must not be empty');
  const { databaseUrls } = databases;

  if (errors.length > 0 || customers === undefined || seed === undefined) return { kind: 'invalid', errors };
  return { kind: 'run', command: { customers, seed, asOf, reset, backfillReferences, dataDir, databaseUrls } };
}

function wholeNumber(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  const normalized = text.replace(/_/g, '');
  if (!/^-?\d+$/.test(normalized)) return undefined;
  const value = Number(normalized);
  return Number.isSafeInteger(value) ? value : undefined;
}
