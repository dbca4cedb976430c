import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';

/**
 * `fn(arg)` as a script for the page. tsx (esbuild with keepNames) wraps the bench's functions in calls to its
 * `__name` helper, which the page does not have: playwright's own serialisation of `fn` would throw
 * "__name is not defined" there, so the script brings a stand-in of its own rather than adding one to the page.
 */
export function pageScript<Arg, Result>(fn: (arg: Arg) => Result, arg: Arg): string {
  return `(() => { const __name = (target) => target; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}

/**
 * Evaluates `script` in the page every `intervalMs` until it returns something other than undefined or null. Not
 * playwright's waitForFunction: with a script it compiles the text inside the page, which the console's
 * Content-Security-Policy (no 'unsafe-eval') refuses; evaluation from the outside is not subject to it.
 */
export async function pollPage<Result>(
  page: Page,
  script: string,
  { timeoutMs, intervalMs = 25, what }: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<Result> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = (await page.evaluate(script).catch((error: unknown) => {
      // the page navigated between two polls: the next one reads the new document
      if (error instanceof Error && /context was destroyed|navigat/i.test(error.message)) return undefined;
      throw error;
    })) as Result | null | undefined;
    if (result !== undefined && result !== null) return result;
    if (Date.now() > deadline) throw new Error(`${what}: nothing within ${timeoutMs / 1000} s`);
    await sleep(intervalMs);
  }
}
