import { decodeJwt } from 'jose';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { startAll } from '../../stack/startAll';
import type { RunningAll } from '../../stack/startAll';

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

  it('runs the story as the role picked in the banner: an analyst sees a masked email, an agent the full one', async () => {
    // a fresh profile: no role remembered from the test above
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const rolePage = await context.newPage();
    rolePage.on('request', (request) => requestedHosts.add(new URL(request.url()).host));
    const result = rolePage.locator('.result-window');
    // runs the open tab and returns the role claim of the token the customer story was sent with
    const runAs = async (): Promise<unknown> => {
      const [response] = await Promise.all([
        rolePage.waitForResponse(
          (candidate) =>
            candidate.request().method() === 'POST' &&
            new URL(candidate.url()).pathname === '/graphql' &&
            (candidate.request().postData() ?? '').includes('query customerStory'),
        ),
        rolePage.locator('.graphiql-execute-button').click(),
      ]);
      const authorization = (await response.request().allHeaders())['authorization'] ?? '';
      expect(response.status()).toBe(200);
      return decodeJwt(authorization.replace(/^Bearer /, ''))['role'];
    };

    try {
      await rolePage.goto(running.gatewayUrl);
      await expect(rolePage.locator('#c360-role').inputValue()).resolves.toBe('agent');
      await rolePage.getByText('All Schema Types').waitFor();

      await rolePage.locator('#c360-role').selectOption('analyst');
      await expect(rolePage.locator('#c360-role-status').innerText()).resolves.toContain('masked');
      await expect(runAs()).resolves.toBe('analyst');
      await result.getByText('m***@example.com').first().waitFor({ timeout: 30_000 });
      await expect(result.innerText()).resolves.not.toContain('maria.keller@');

      // the choice survives a reload
      await rolePage.reload();
      await expect(rolePage.locator('#c360-role').inputValue()).resolves.toBe('analyst');

      await rolePage.locator('#c360-role').selectOption('agent');
      await expect(runAs()).resolves.toBe('agent');
      await result.getByText('maria.keller@example.com').first().waitFor({ timeout: 30_000 });

      expect([...requestedHosts]).toEqual([new URL(running.gatewayUrl).host]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
