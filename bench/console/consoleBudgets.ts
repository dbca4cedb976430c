import { percentile } from '../live/liveGoals';

/** Issue 12's budgets for the console. */
export const FIRST_PAGE_JS_BUDGET_BYTES = 350 * 1024;
/** Navigation to /console until the Find page's search box is usable, on the machine that runs the bench. */
export const READY_BUDGET_MS = 1_500;
/** Enter in the search box until the customer page's data is on screen, at 100,000 customers, nothing cached. */
export const CUSTOMER_PAGE_BUDGET_MS = 500;
/** Above this, the API answer alone leaves too little of the customer page's budget for the browser. */
export const API_ATTENTION_MS = 300;

export interface Spread {
  n: number;
  p50: number;
  p90: number;
  max: number;
}

/** p50, p90 (nearest rank) and max; null for no values. */
export function spreadOf(values: readonly number[]): Spread | null {
  const sorted = [...values].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p90 = percentile(sorted, 90);
  const max = sorted.at(-1);
  if (p50 === undefined || p90 === undefined || max === undefined) return null;
  return { n: sorted.length, p50, p90, max };
}

export interface BudgetVerdict {
  label: string;
  /** What is compared, e.g. "cold p50". */
  statistic: string;
  measured: number | null;
  budget: number;
  unit: 'ms' | 'KB';
  /** measured / budget: at most 1 meets the budget. */
  ratio: number | null;
  met: boolean;
}

export function verdict(
  label: string,
  statistic: string,
  measured: number | null,
  budget: number,
  unit: BudgetVerdict['unit'],
): BudgetVerdict {
  const ratio = measured === null ? null : measured / budget;
  return { label, statistic, measured, budget, unit, ratio, met: ratio !== null && ratio <= 1 };
}
