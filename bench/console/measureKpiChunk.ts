import type { Browser } from 'playwright-core';
import type { ConsoleBuild } from '../../console/build/buildConsole';
import { consoleProfile } from './launchChromium';
import { loadUntilReady, READY_TIMEOUT_MS, withReadyProbe } from './measureReady';

export interface KpiChunk {
  /** The KPI page's h1 showed (a supervisor may see it); otherwise why not. */
  shown: boolean;
  problem?: string;
  /** The scripts /console/kpis loaded beyond the first page's, with their built sizes. */
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/**
 * What the KPI page adds to the first page: a supervisor's browser opens the console, then follows the "KPIs" link,
 * and every script it loads then that the first page did not is the dashboard's lazy chunk (sizes from the build).
 */
export async function measureKpiChunk(browser: Browser, origin: string, build: ConsoleBuild): Promise<KpiChunk> {
  const context = await withReadyProbe(await consoleProfile(browser, 'supervisor'));
  try {
    const page = await context.newPage();
    const first = await loadUntilReady(page, `${origin}/console/`);
    const loaded = new Set(first.scripts.map(({ path }) => path));
    const added: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/console/assets/') && path.endsWith('.js') && !loaded.has(path)) added.push(path);
    });
    let problem: string | undefined;
    try {
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'KPIs', exact: true }).click({
        timeout: READY_TIMEOUT_MS,
      });
      await page.getByRole('heading', { level: 1, name: 'KPIs', exact: true }).waitFor({ timeout: READY_TIMEOUT_MS });
      await page.waitForLoadState('networkidle', { timeout: READY_TIMEOUT_MS });
    } catch (error) {
      problem = `the KPI page did not show its h1 "KPIs" to a supervisor: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
    const files = added.map((path) => {
      const file = path.replace(/^\/console\//, '');
      const output = build.outputs.find((candidate) => candidate.file === file);
      return { file, bytes: output?.bytes ?? 0, gzipBytes: output?.gzipBytes ?? 0 };
    });
    return {
      shown: problem === undefined,
      ...(problem ? { problem } : {}),
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    };
  } finally {
    await context.close();
  }
}
