import { Random } from './random';
import { aisha } from './scenarios/aisha';
import { maria } from './scenarios/maria';
import { history, jonas, lena } from './scenarios/regulars';
import { tom } from './scenarios/tom';
import type { StoryContext } from './storyContext';

export { SCENARIO, SCENARIO_CUSTOMER_COUNT } from './scenarioIds';

/** Scenario filler (Jonas's 50 orders, Lena's parcels) draws from its own fixed stream, never from the seed. */
const SCENARIO_SEED = 360;

/**
 * Writes the five scenario customers (cus_1 … cus_5) into `ctx.rows`. Must run first on a fresh IdAllocator:
 * the ids in SCENARIO are the ones handed out here, in this order (Maria, Tom, Aisha, Lena, Jonas, then the
 * older history of Maria and Tom).
 */
export function buildScenarios(base: Omit<StoryContext, 'r'>): void {
  const ctx: StoryContext = { ...base, r: new Random(SCENARIO_SEED) };
  const mariaRow = maria(ctx);
  const tomRow = tom(ctx);
  aisha(ctx);
  lena(ctx);
  jonas(ctx);
  history(ctx, mariaRow, [300, 150], 'Berlin');
  history(ctx, tomRow, [90], 'Hamburg');
  // the table order in a batch is by customer id, which reads better in psql
  ctx.rows.customers.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
