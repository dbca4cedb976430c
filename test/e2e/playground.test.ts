import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { startAll } from '../../gateway/startAll';
import type { RunningAll } from '../../gateway/startAll';

// Debian's chromium (apt-get install chromium), not a browser playwright downloads: the test must run offline.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

describe('Playground: a support agent runs the customer story in the browser', () => {
  let running: RunningAll;
  let browser: Browser;
  let page: Page;
  const requestedHosts = new Set<string>();

  beforeAll(async () => {
    // everything on free ports, on an in-memory PGlite with a small seeded data set (the scenarios + a few more)
    running = await startAll({ seed: { seed: 42, customers: 20 }, port: 0, gatewayLogger: quiet });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('request', (request) => requestedHosts.add(new URL(request.url()).host));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('opens on the customer story, runs it, and shows Maria Keller, with no request leaving the gateway', async () => {
    await page.goto(running.gatewayUrl);
    await expect(page.locator('.graphiql-tab-active').innerText()).resolves.toContain('customerStory');
    await expect(page.locator('#c360-banner').innerText()).resolves.toContain('customerStory');
    // the schema docs are open beside the editor
    await page.getByText('All Schema Types').waitFor();

    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window').getByText('Maria Keller').first().waitFor({ timeout: 30_000 });

    // the page, its scripts, its styles, its fonts and the GraphQL requests all came from the gateway itself
    expect([...requestedHosts]).toEqual([new URL(running.gatewayUrl).host]);
  }, 90_000);
});
