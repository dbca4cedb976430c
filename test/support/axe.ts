import { readFileSync } from 'node:fs';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** The violations the console must not have: axe's two highest impacts. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

export interface AxeViolation {
  id: string;
  impact: ImpactValue | undefined;
  help: string;
  helpUrl: string;
  /** CSS selectors of the failing elements (one per node axe flagged). */
  targets: string[];
}

/**
 * Runs axe-core in `page` (in the whole document, or in `include` only) and returns its serious and critical
 * violations. The file is evaluated through the DevTools protocol rather than added with addScriptTag: the
 * console's CSP (`script-src 'self'`) refuses an injected inline <script>, and CSP does not govern evaluate.
 */
export async function seriousViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const results = await page.evaluate(async (context) => {
    // runs in the page: the root project has no DOM types
    const axe = (globalThis as unknown as { axe: { run(context?: unknown): Promise<AxeResults> } }).axe;
    return axe.run(context ? { include: [context] } : undefined);
  }, include ?? null);
  return results.violations.filter((violation) => BLOCKING.includes(violation.impact ?? null)).map(toViolation);
}

function toViolation(result: Result): AxeViolation {
  return {
    id: result.id,
    impact: result.impact,
    help: result.help,
    helpUrl: result.helpUrl,
    targets: result.nodes.map((node) => node.target.map(String).join(' >>> ')),
  };
}

/** One violation a line: `color-contrast (serious): Elements must meet … — .badge, main > p`. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return 'no serious or critical violations';
  return violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${violation.targets.join(', ')}` +
        ` [${violation.helpUrl}]`,
    )
    .join('\n');
}
