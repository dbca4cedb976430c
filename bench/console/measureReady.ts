import type { Browser, BrowserContext, Page } from 'playwright-core';
import { consoleProfile } from './launchChromium';
import { installReadyProbe, readyProbeResult } from './pageProbes';
import type { ReadySpec } from './pageProbes';
import { pageScript, pollPage } from './pageScript';

/** The Find page as the console's accessible-name contract names it. */
export const FIND_PAGE: ReadySpec = { heading: 'Find a customer', inputLabel: 'Customer, order, parcel or ticket' };
/** How long one page may take to become ready before the bench gives up on it. */
export const READY_TIMEOUT_MS = 30_000;

export interface PageLoad {
  /** Navigation start until the frame that first shows the Find page's heading and enabled search box. */
  readyMs: number;
  /** The same, to the DOM change (before that frame was painted). */
  readyDomMs: number;
  domContentLoadedMs: number;
  /** The page's scripts (paths under /console/assets) and the bytes they cost on the wire (0 from the cache). */
  scripts: { path: string; transferBytes: number; bodyBytes: number }[];
}

export interface ReadyLoads {
  /** Each in a new browser profile: nothing cached, the dev sign-in from scratch. */
  cold: PageLoad[];
  /** One profile, after a first load that is not counted: the hashed assets come from the browser's cache. */
  warm: PageLoad[];
}

/** Adds the ready probe to every page of `context`. */
export async function withReadyProbe(context: BrowserContext): Promise<BrowserContext> {
  await context.addInitScript({ content: pageScript(installReadyProbe, FIND_PAGE) });
  return context;
}

/** Navigates `page` to `url` and waits until the probe saw the Find page ready; the page's own timings. */
export async function loadUntilReady(page: Page, url: string): Promise<PageLoad> {
  await page.goto(url, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
  const ready = await pollPage<{ readyAt: number; readyFrameAt: number }>(
    page,
    pageScript(readyProbeResult, undefined),
    {
      timeoutMs: READY_TIMEOUT_MS,
      what: `${url} did not show the Find page (h1 "${FIND_PAGE.heading}", an enabled search box labelled "${FIND_PAGE.inputLabel}")`,
    },
  );
  const timings = (await page.evaluate(PAGE_TIMINGS)) as Pick<PageLoad, 'domContentLoadedMs' | 'scripts'>;
  return { readyMs: ready.readyFrameAt, readyDomMs: ready.readyAt, ...timings };
}

// a string, not a function: the root tsconfig has no DOM types
const PAGE_TIMINGS = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const scripts = performance
    .getEntriesByType('resource')
    .map((entry) => ({ path: new URL(entry.name).pathname, transferBytes: entry.transferSize, bodyBytes: entry.encodedBodySize }))
    .filter((entry) => entry.path.startsWith('/console/assets/') && entry.path.endsWith('.js'));
  return { domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : -1, scripts };
})()`;

/** `loads` cold page loads, then `loads` warm ones, of the console's first page at `url`. */
export async function measureReady(
  browser: Browser,
  url: string,
  loads: number,
  log: (line: string) => void,
): Promise<ReadyLoads> {
  const cold: PageLoad[] = [];
  for (let n = 0; n < loads; n++) {
    const context = await withReadyProbe(await consoleProfile(browser, 'agent'));
    try {
      cold.push(await loadUntilReady(await context.newPage(), url));
    } finally {
      await context.close();
    }
  }
  log(`ready, cold: ${cold.map((load) => Math.round(load.readyMs)).join(', ')} ms`);

  const warm: PageLoad[] = [];
  const context = await withReadyProbe(await consoleProfile(browser, 'agent'));
  try {
    // the first visit fills the cache (and signs in); the measured ones open the console again in a new tab
    const first = await context.newPage();
    await loadUntilReady(first, url);
    for (let n = 0; n < loads; n++) {
      const page = await context.newPage();
      warm.push(await loadUntilReady(page, url));
      await page.close();
    }
    await first.close();
  } finally {
    await context.close();
  }
  log(`ready, warm: ${warm.map((load) => Math.round(load.readyMs)).join(', ')} ms`);
  return { cold, warm };
}
