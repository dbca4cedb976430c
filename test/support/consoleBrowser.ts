import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAll } from '../../stack/startAll';
import type { RunningAll, StartAllOptions } from '../../stack/startAll';
import { ENGINES, openTestDatabases } from './testDatabases';
import type { Engine } from './testDatabases';

// Debian's chromium (apt-get install chromium), not a browser playwright downloads: the tests run offline.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The console build the main project's globalSetup made for this run (test/support/globalSetup.ts). */
export function consoleTestDir(): string {
  const dir = process.env['CONSOLE_TEST_DIR'];
  if (!dir)
    throw new Error(
      'CONSOLE_TEST_DIR is unset: run the console tests through jest (test/support/globalSetup.ts builds it).',
    );
  return dir;
}

/** startAll's `console` option for tests: the fresh build, no embedding origins. */
export function consoleOption(extra: { embedOrigins?: string[] } = {}) {
  return { dir: consoleTestDir(), embedOrigins: extra.embedOrigins ?? [] };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A fresh browser profile signed in (dev role switcher) as `role` before the first page loads: the console reads its
 * choice from localStorage. `agentId` picks one of the seeded agents.
 */
export async function consoleContext(
  browser: Browser,
  role: 'agent' | 'supervisor' | 'analyst',
  agentId?: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addInitScript(
    ([chosenRole, chosenAgent]) => {
      // runs in the page: the root project has no DOM types
      const storage = (
        globalThis as unknown as {
          localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void };
        }
      ).localStorage;
      if (!storage.getItem('c360.console.devRole')) {
        storage.setItem('c360.console.devRole', JSON.stringify({ role: chosenRole, agentId: chosenAgent }));
      }
    },
    [role, agentId ?? null] as const,
  );
  return context;
}

/** Collects uncaught page errors, so a test can assert the page threw none. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Where the tests write the README's screenshots (committed: docs/console/). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'docs', 'console');

/**
 * startAll for the browser tests, on fresh databases of the real PostgreSQL when the run has it (CI always does:
 * globalSetup fails CI without it), else on PGlite. A PGlite stack costs a cold start of ~5 s of CPU per test file,
 * a PostgreSQL one under 1 s; the browser tests check pages, not engines (the integration tests run both).
 */
export async function startBrowserStack(options: StartAllOptions): Promise<RunningAll> {
  const engine: Engine = ENGINES.includes('postgres') ? 'postgres' : 'pglite';
  const databases = await openTestDatabases(engine);
  try {
    const running = await startAll({ ...options, dbs: databases.dbs });
    return {
      ...running,
      async stop() {
        await running.stop();
        await databases.close();
      },
    };
  } catch (error) {
    await databases.close();
    throw error;
  }
}
