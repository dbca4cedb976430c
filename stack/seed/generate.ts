import { buildCatalogue } from './catalogue';
import { randomCustomer } from './customerStory';
import { addReferenceRows } from './referenceRows';
import { addPiiDigestRows } from './piiDigestRows';
import { IdAllocator } from './ids';
import { Random } from './random';
import { emptyRows } from './rows';
import type { SeedRows } from './rows';
import { buildScenarios, SCENARIO_CUSTOMER_COUNT } from './scenarios';
import { openQueueTicket } from './scenarios/supportQueue';

export interface SeedOptions {
  /** Same seed, customers and asOf → the same rows, byte for byte. */
  seed: number;
  /** Customers in all, the five scenario customers included (so at least 5). */
  customers: number;
  /** "Now" for the data: nothing happens after it. See defaultAsOf for the usual choice. */
  asOf: Date;
  /** Generated customers per batch (1,000 by default): bounds memory whatever the total. */
  chunkSize?: number;
}

export interface SeedBatch {
  /** Customers generated so far, this batch included. */
  customersDone: number;
  customersTotal: number;
  rows: SeedRows;
}

export const MAX_CUSTOMERS = 10_000_000;
export const DEFAULT_CHUNK_SIZE = 1_000;

/**
 * Generates the data for all five schemas as a sequence of batches: the first holds the shop (agents,
 * warehouses, products, stock) and the five scenario customers, each later one `chunkSize` generated customers with
 * everything they own. Only one batch lives at a time, so a million orders never sit in memory together.
 *
 * Generated customer `cus_<n>` draws from its own stream `Random(seed, n)`; ids come from one allocator in
 * customer order. Both make the output independent of `chunkSize`.
 */
/** Throws a RangeError naming the first option that cannot be used, and what would be accepted. */
export function checkSeedOptions(options: SeedOptions): void {
  const { seed, customers, asOf, chunkSize = DEFAULT_CHUNK_SIZE } = options;
  if (!Number.isInteger(customers) || customers < SCENARIO_CUSTOMER_COUNT || customers > MAX_CUSTOMERS) {
    throw new RangeError(
      `customers must be a whole number from ${SCENARIO_CUSTOMER_COUNT} to ${MAX_CUSTOMERS} (the ${SCENARIO_CUSTOMER_COUNT} scenario customers are always included), got ${customers}`,
    );
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError(`chunkSize must be a whole number above 0, got ${chunkSize}`);
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime()))
    throw new RangeError('asOf must be a valid Date, e.g. new Date("2026-11-01T00:00:00Z")');
}

export function* generateSeed(options: SeedOptions): Generator<SeedBatch> {
  const { seed, customers, asOf } = options;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  checkSeedOptions(options);

  const catalogue = buildCatalogue(asOf);
  const ids = new IdAllocator();
  const first = emptyRows();
  first.agents.push(...catalogue.agents);
  first.warehouses.push(...catalogue.warehouses);
  first.products.push(...catalogue.products);
  first.stockLevels.push(...catalogue.stockLevels);
  buildScenarios({ ids, asOf, catalogue, rows: first });
  addReferenceRows(first);
  addPiiDigestRows(first);
  yield { customersDone: SCENARIO_CUSTOMER_COUNT, customersTotal: customers, rows: first };

  for (let start = SCENARIO_CUSTOMER_COUNT + 1; start <= customers; start += chunkSize) {
    const end = Math.min(customers, start + chunkSize - 1);
    const rows = emptyRows();
    for (let n = start; n <= end; n++) {
      randomCustomer({ r: new Random(seed, n), ids, asOf, catalogue, rows }, n);
      openQueueTicket({ ids, asOf, catalogue, rows }, n);
    }
    addReferenceRows(rows);
    addPiiDigestRows(rows);
    yield { customersDone: end, customersTotal: customers, rows };
  }
}
