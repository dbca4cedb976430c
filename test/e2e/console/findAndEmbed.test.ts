import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mintDevToken } from '../../../gateway/auth/devToken';
import { SCENARIO } from '../../../stack/seed/scenarioIds';
import type { RunningAll } from '../../../stack/startAll';
import {
  consoleContext,
  consoleOption,
  launchBrowser,
  pageErrors,
  startBrowserStack,
} from '../../support/consoleBrowser';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const MARIA = SCENARIO.maria;
const SHOWN = 15_000;

/**
 * Another tool's page, on its own origin: it loads the gateway's customer-card.js and shows one card. With a token it
 * sets the element's `token` property (never an attribute in the markup it serves); without, the card must say so.
 */
function embeddingPage(gatewayOrigin: string, token: string | undefined): string {
  const script = token
    ? `<script>document.querySelector('c360-customer-card').token = ${JSON.stringify(token)};</script>`
    : '';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Order desk</title>
<h1>Order desk</h1>
<c360-customer-card customer-id="${MARIA.customerId}" width="400" height="480"></c360-customer-card>
<script src="${gatewayOrigin}/console/customer-card.js"></script>
${script}
</html>`;
}

describe('Console: find a customer by any identifier, and the customer card other tools embed', () => {
  let running: RunningAll;
  let browser: Browser;
  let tool: Server;
  let toolOrigin: string;
  let gatewayOrigin: string;
  let serviceToken: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // the embedding tool's page, on another port of 127.0.0.1: another origin, which the gateway must allow to frame
    tool = createServer((request, response) => {
      const withToken = new URL(request.url ?? '/', 'http://tool').pathname === '/with-token';
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(embeddingPage(gatewayOrigin, withToken ? serviceToken : undefined));
    });
    await new Promise<void>((resolve) => tool.listen(0, '127.0.0.1', resolve));
    toolOrigin = `http://127.0.0.1:${(tool.address() as AddressInfo).port}`;
    serviceToken = await mintDevToken({ role: 'service', scopes: ['graph:read'] });
    [running, browser] = await Promise.all([
      startBrowserStack({
        console: consoleOption({ embedOrigins: [toolOrigin] }),
        seed: { seed: 42, customers: 20 },
        port: 0,
        gatewayLogger: quiet,
      }),
      launchBrowser(),
    ]);
    gatewayOrigin = new URL(running.gatewayUrl).origin;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.stop();
    await new Promise((resolve) => tool?.close(resolve));
  });

  describe('as an agent', () => {
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      const context = await consoleContext(browser, 'agent');
      contexts.push(context);
      page = await context.newPage();
      errors = pageErrors(page);
    });

    /** Types `identifier` into the Find page's box and presses Find. */
    async function find(identifier: string): Promise<void> {
      await page.goto(`${gatewayOrigin}/console/`);
      await page.getByRole('heading', { level: 1, name: 'Find a customer' }).waitFor({ timeout: SHOWN });
      await page.getByLabel('Customer, order, parcel or ticket').fill(identifier);
      await page.getByRole('button', { name: 'Find', exact: true }).click();
    }

    it('finds Maria by her tracking number typed in lower case with spaces, saying what it looks like as it is typed', async () => {
      await page.goto(`${gatewayOrigin}/console/`);
      const box = page.getByLabel('Customer, order, parcel or ticket');
      await box.fill('dhl 0001 2345 678');
      // announced politely to screen readers as it changes
      const hint = page.getByText('Looks like a tracking number');
      await hint.waitFor({ timeout: SHOWN });
      expect(await hint.getAttribute('aria-live')).toBe('polite');
      await page.getByRole('button', { name: 'Find', exact: true }).click();
      // opened at the parcel: the customer page scrolls to it
      await page.waitForURL(`${gatewayOrigin}/console/customer/${MARIA.customerId}#parcel-${MARIA.trackingNumber}`, {
        timeout: SHOWN,
      });
    }, 60_000);

    it('finds Maria by her e-mail address', async () => {
      await find(` ${MARIA.email} `);
      await page.waitForURL(`${gatewayOrigin}/console/customer/${MARIA.customerId}`, { timeout: SHOWN });
    }, 60_000);

    it('finds Maria by her ticket number, opening her page at the ticket', async () => {
      await find(MARIA.ticketNumber.toLowerCase());
      await page.waitForURL(`${gatewayOrigin}/console/customer/${MARIA.customerId}#ticket-${MARIA.ticketNumber}`, {
        timeout: SHOWN,
      });
    }, 60_000);

    it('says no customer matches an order number nobody has, where the box is, and stays on the page', async () => {
      await find('ORD-999999');
      const alert = page.getByRole('alert').filter({ hasText: 'No customer matches' });
      await alert.waitFor({ timeout: SHOWN });
      expect(await alert.innerText()).toContain('ORD-999999');
      expect(new URL(page.url()).pathname).toBe('/console/');
    }, 60_000);

    it("repeats the server's message, naming the expected form, for an identifier in the wrong shape", async () => {
      await find('ORD-12');
      await page.getByRole('alert').filter({ hasText: 'ORD-<6 to 12 digits>' }).waitFor({ timeout: SHOWN });
    }, 60_000);

    it('lists the forms it accepts, with examples, for text it cannot read', async () => {
      await find('Maria Keller');
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: SHOWN });
      const text = await alert.innerText();
      for (const example of ['cus_1', 'ORD-100001', 'DHL00012345678', 'T-100001', '+49'])
        expect(text).toContain(example);
    }, 60_000);

    it('lists Maria under Recent customers, linking to her page', async () => {
      await page.goto(`${gatewayOrigin}/console/`);
      const recent = page.getByRole('region', { name: 'Recent customers' });
      const link = recent.getByRole('link', { name: MARIA.name, exact: true });
      await link.waitFor({ timeout: SHOWN });
      expect(await link.getAttribute('href')).toBe(`/console/customer/${MARIA.customerId}`);
      // once, however many times she was found
      expect(await recent.getByRole('link', { name: MARIA.name, exact: true }).count()).toBe(1);
    }, 60_000);

    it('threw no error in the page along the way', () => {
      expect(errors).toEqual([]);
    });
  });

  describe("in another tool's page", () => {
    it("shows Maria's card in the frame, read with the tool's service token, e-mail masked", async () => {
      const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      const errors = pageErrors(page);
      const authorizations: string[] = [];
      const devTokenRequests: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname === '/graphql') authorizations.push(request.headers()['authorization'] ?? '(none)');
        if (url.pathname.includes('dev-token')) devTokenRequests.push(request.url());
      });

      await page.goto(`${toolOrigin}/with-token`);
      const card = page.frameLocator('c360-customer-card iframe');
      await card.getByRole('heading', { level: 1, name: MARIA.name }).waitFor({ timeout: SHOWN });
      const text = await card.locator('main').innerText();
      // a service token has no pii:read: the gateway masks the address, the card shows what it got
      expect(text).toMatch(/m\*+@example\.com/);
      expect(text).not.toContain(MARIA.email);
      expect(text).toContain(MARIA.ticketNumber);
      expect(text).toContain('SLA breached');
      expect(text).toContain(MARIA.orderNumber);
      expect(text).toContain(MARIA.trackingNumber);
      expect(text).toMatch(/\bLost\b/);
      const open = card.getByRole('link', { name: 'Open in console' });
      expect(await open.getAttribute('href')).toBe(`/console/customer/${MARIA.customerId}`);
      expect(await open.getAttribute('target')).toBe('_blank');

      // every GraphQL request carried the tool's token; the console's dev role switcher was never asked for one
      expect(authorizations.length).toBeGreaterThan(0);
      expect(new Set(authorizations)).toEqual(new Set([`Bearer ${serviceToken}`]));
      expect(devTokenRequests).toEqual([]);
      // the frame's address never held the token
      const frameUrl = await page.locator('c360-customer-card iframe').getAttribute('src');
      expect(frameUrl).toBe(`${gatewayOrigin}/console/embed/customer/${MARIA.customerId}`);
      expect(errors).toEqual([]);
    }, 60_000);

    it('follows the customer-id attribute to another customer', async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${toolOrigin}/with-token`);
      const card = page.frameLocator('c360-customer-card iframe');
      await card.getByRole('heading', { level: 1, name: MARIA.name }).waitFor({ timeout: SHOWN });
      await page
        .locator('c360-customer-card')
        .evaluate((element, id) => element.setAttribute('customer-id', id), SCENARIO.tom.customerId);
      await card.getByRole('heading', { level: 1, name: SCENARIO.tom.name, exact: true }).waitFor({ timeout: SHOWN });
    }, 60_000);

    it('says it needs a token when the page gives it none', async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`${toolOrigin}/without-token`);
      const card = page.frameLocator('c360-customer-card iframe');
      // the card waits five seconds for a token before it explains
      await card
        .getByRole('alert')
        .filter({ hasText: 'This card needs a token from the page that embeds it' })
        .waitFor({ timeout: SHOWN });
    }, 60_000);
  });
});
