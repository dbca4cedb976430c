import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { SCENARIO } from '../../../stack/seed/scenarioIds';
import type { RunningAll } from '../../../stack/startAll';
import {
  consoleContext,
  consoleOption,
  launchBrowser,
  pageErrors,
  startBrowserStack,
} from '../../support/consoleBrowser';
import { startFaultServer } from '../../support/faultServer';
import type { FaultServer } from '../../support/faultServer';
import { gatewayApi } from './gatewayApi';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const MARIA = SCENARIO.maria;
const TOM = SCENARIO.tom;
const JONAS = SCENARIO.jonas;
const LENA = SCENARIO.lena;
/** How long a page may take to show what the gateway answered (a cold PGlite query plan can take a second). */
const SHOWN = 15_000;
/** The brief's bound for a write to show on a page that watches the customer, without a reload. */
const LIVE_MS = 2_000;
const ACTION_BUTTON = /^(Reply|Internal note|Take|Assign|Transfer|Consult|Answer consult|Resolve|Reopen)$/;

function ticketArticle(page: Page, number: string): Locator {
  return page.getByRole('article', { name: new RegExp(`^${number}\\b`) });
}

function timelineEntries(page: Page): Locator {
  return page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('list', { name: 'Timeline entries' })
    .getByRole('listitem');
}

/** Waits until `locator` matches exactly `count` elements (or more, with `atLeast`). */
async function waitForCount(locator: Locator, count: number, { atLeast = false } = {}): Promise<number> {
  const deadline = Date.now() + SHOWN;
  for (;;) {
    const now = await locator.count();
    if (atLeast ? now >= count : now === count) return now;
    if (Date.now() > deadline) throw new Error(`expected ${atLeast ? 'at least ' : ''}${count} elements, saw ${now}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** "Showing 20 of 31 entries." → 31. */
async function timelineTotal(page: Page): Promise<number> {
  const text = await page
    .getByRole('region', { name: 'Timeline' })
    .getByText(/^Showing \d+ of \d+ entries\.$/)
    .innerText();
  return Number(/of (\d+)/.exec(text)?.[1]);
}

describe("Console customer page: a customer's whole story, live", () => {
  let running: RunningAll;
  let logistics: FaultServer;
  let browser: Browser;
  let origin: string;
  const contexts: BrowserContext[] = [];

  async function openAs(role: 'agent' | 'supervisor' | 'analyst', path: string) {
    const context = await consoleContext(browser, role, role === 'agent' ? 'agt_1' : undefined);
    contexts.push(context);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${origin}/console${path}`);
    return { page, errors };
  }

  beforeAll(async () => {
    // logistics behind a fault server: passed through until the last test switches it off
    logistics = await startFaultServer(() => running.subgraphUrls.logistics, { slowMs: 5_000 });
    [running, browser] = await Promise.all([
      startBrowserStack({
        console: consoleOption(),
        seed: { seed: 42, customers: 20 },
        port: 0,
        gatewayLogger: quiet,
        gatewayRoutes: { logistics: logistics.url },
      }),
      launchBrowser(),
    ]);
    origin = new URL(running.gatewayUrl).origin;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.stop();
    await logistics?.stop();
  });

  it("shows Maria's header, orders, lost parcel, the ticket conversation with its transfer, and the timeline", async () => {
    const { page, errors } = await openAs('agent', `/customer/${MARIA.customerId}`);
    await page.getByRole('heading', { level: 1, name: MARIA.name }).waitFor({ timeout: SHOWN });
    await expect(page.title()).resolves.toBe(`${MARIA.name} · Customer 360`);
    for (const section of ['Orders', 'Parcels', 'Tickets', 'Timeline']) {
      await page.getByRole('region', { name: section }).getByRole('heading', { level: 2, name: section }).waitFor();
    }
    // the header's facts, by their terms
    const facts = await page
      .locator('.customer-header dl > div')
      .evaluateAll((rows) =>
        rows.map((row) => (row as unknown as { innerText: string }).innerText.replace(/\s+/g, ' ')),
      );
    expect(facts).toEqual(
      expect.arrayContaining([
        'Tier Gold',
        'Open tickets 1',
        'SLA 1 breached',
        `Email ${MARIA.email}`,
        `Phone ${MARIA.phone}`,
      ]),
    );
    // the channel and its icon (an emoji, named for screen readers)
    expect(facts.some((fact) => /^Preferred channel .*Chat$/.test(fact))).toBe(true);
    expect(facts.some((fact) => /^Lifetime value .*581\.27/.test(fact))).toBe(true);

    // the order with its lines and payment
    const order = page.getByRole('article', { name: MARIA.orderNumber, exact: true });
    expect(await order.innerText()).toMatch(/Trail running shoes[\s\S]*SKU-0007/);
    expect(await order.innerText()).toMatch(/Payment · Card/);

    // the parcel: lost (a badge in words), with its tracking events
    const parcel = page.getByRole('region', { name: 'Parcels' }).getByRole('article', { name: MARIA.trackingNumber });
    expect(await parcel.locator('.badge-danger').first().innerText()).toBe('Lost');
    const events = parcel.getByRole('list', { name: `Tracking events ${MARIA.trackingNumber}` });
    expect(await events.innerText()).toContain('Lost in transit at Leipzig hub');

    // the ticket: its header, and one thread chat → e-mail → phone with the transfer in it, in time order
    const ticket = ticketArticle(page, MARIA.ticketNumber);
    const ticketText = await ticket.innerText();
    expect(ticketText).toMatch(/Logistics desk/);
    expect(ticketText).toMatch(/SLA breached/);
    const conversation = ticket.getByRole('list', { name: `Conversation ${MARIA.ticketNumber}` });
    const items = await conversation.getByRole('listitem').allInnerTexts();
    expect(items).toHaveLength(8); // 7 messages and the transfer
    expect(items[0]).toMatch(/^Inbound/);
    expect(items[1]).toMatch(/^Outbound/);
    expect(items[5]).toMatch(/^Internal note/);
    expect(items[6]).toMatch(/^Transferred from Customer care to Logistics desk · by Clara Koehler/);
    expect(items[6]).toContain('DHL declared the parcel lost; the logistics desk arranges the replacement shipment');
    const channels = await conversation
      .getByRole('img')
      .evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label')));
    expect(channels).toEqual(['Chat', 'Chat', 'Email', 'Email', 'Phone']);

    // the timeline's first page, newest first
    await waitForCount(timelineEntries(page), 20);
    expect(await timelineEntries(page).first().innerText()).toMatch(/Tickets[\s\S]*Claim opened with DHL/);
    expect(errors).toEqual([]);
  }, 60_000);

  it("groups a consultation as a side-thread in Tom's ticket, continued after the customer wrote again", async () => {
    const { page, errors } = await openAs('agent', `/customer/${TOM.customerId}`);
    const ticket = ticketArticle(page, TOM.ticketNumber);
    await ticket.waitFor({ timeout: SHOWN });
    const sideThreads = ticket.getByRole('list', { name: `Consultation with Billing in ${TOM.ticketNumber}` });
    await expect(sideThreads.count()).resolves.toBe(2);
    const first = await sideThreads.first().innerText();
    expect(first).toMatch(/^Consulted Billing \(owner Customer care\)/);
    expect(first).toContain('please confirm and refund the duplicate');
    expect(await sideThreads.nth(1).innerText()).toContain('captured twice');
    expect(errors).toEqual([]);
  }, 60_000);

  it('pages the timeline with "Load more", by itself once the button scrolls into view, and filters it by system', async () => {
    const { page, errors } = await openAs('agent', `/customer/${MARIA.customerId}`);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await waitForCount(timelineEntries(page), 20);
    const total = await timelineTotal(page);
    expect(total).toBeGreaterThan(20);
    expect(total).toBeLessThanOrEqual(40);
    await timeline.getByRole('button', { name: 'Load more' }).click();
    await waitForCount(timelineEntries(page), total);
    // the last page: nothing more to load
    await timeline.getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' });

    // only Logistics: every entry is a parcel event
    for (const system of ['CRM', 'Orders', 'Inventory', 'Tickets']) await timeline.getByLabel(system).uncheck();
    await expect(timeline.getByLabel('Logistics').isChecked()).resolves.toBe(true);
    await page.waitForFunction(
      // runs in the page: the root project has no DOM types
      `(() => {
        const badges = [...document.querySelectorAll('ol[aria-label="Timeline entries"] > li .badge')];
        return badges.length > 0 && badges.every((badge) => badge.textContent === 'Logistics');
      })()`,
      undefined,
      { timeout: SHOWN },
    );
    expect(await timelineEntries(page).first().innerText()).toMatch(/Parcel DHL/);
    expect(errors).toEqual([]);

    // Jonas's 50 orders: scrolling "Load more" into view loads the next page without a click
    await page.goto(`${origin}/console/customer/${JONAS.customerId}`);
    await page.getByRole('heading', { level: 1, name: JONAS.name }).waitFor({ timeout: SHOWN });
    await page.getByRole('region', { name: 'Timeline' }).getByLabel('Orders').waitFor();
    for (const system of ['CRM', 'Inventory', 'Logistics', 'Tickets']) {
      await page.getByRole('region', { name: 'Timeline' }).getByLabel(system).uncheck();
    }
    await waitForCount(timelineEntries(page), 20);
    expect(await timelineTotal(page)).toBeGreaterThanOrEqual(JONAS.orderCount);
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: 'Load more' })
      .scrollIntoViewIfNeeded();
    await waitForCount(timelineEntries(page), 40, { atLeast: true });
    const systems = await page
      .locator('ol[aria-label="Timeline entries"] > li .badge')
      .evaluateAll((badges) => [...new Set(badges.map((badge) => badge.textContent))]);
    expect(systems).toEqual(['Orders']);
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows a new inbound message and a parcel event on a watching page within 2 s, marked "Updated", without a reload', async () => {
    const { page, errors } = await openAs('supervisor', '/');
    const streamOpen = page.waitForResponse((response) => response.url().includes('/graphql/stream'), {
      timeout: SHOWN,
    });
    await page.goto(`${origin}/console/customer/${MARIA.customerId}`);
    const ticket = ticketArticle(page, MARIA.ticketNumber);
    await ticket.waitFor({ timeout: SHOWN });
    await streamOpen;
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Live$/ })
        .count(),
    ).resolves.toBe(1);
    await page.evaluate(() => {
      (globalThis as unknown as { e2eNotReloaded: boolean }).e2eNotReloaded = true;
    });

    const body = `Any news on my parcel? (${Date.now()})`;
    await gatewayApi(
      running,
      /* GraphQL */ `
        mutation e2eCustomerPageInbound($ticketId: ID!, $body: String!) {
          addMessage(input: { ticketId: $ticketId, direction: INBOUND, channel: EMAIL, body: $body }) {
            id
          }
        }
      `,
      { ticketId: MARIA.ticketId, body },
    );
    // from the moment the write is done (the gateway answered it)
    const wroteAt = Date.now();
    const message = ticket
      .getByRole('list', { name: `Conversation ${MARIA.ticketNumber}` })
      .getByRole('listitem')
      .filter({ hasText: body });
    await message.waitFor({ timeout: 10_000 });
    expect(Date.now() - wroteAt).toBeLessThan(LIVE_MS);
    expect(await message.innerText()).toMatch(/^Inbound/);
    await ticket.getByRole('status').filter({ hasText: 'Updated' }).waitFor({ timeout: LIVE_MS });

    const description = `Found at the Leipzig hub, re-routed (${Date.now()})`;
    await gatewayApi(
      running,
      /* GraphQL */ `
        mutation e2eCustomerPageParcel($trackingNumber: String!, $description: String!) {
          recordShipmentEvent(
            input: {
              trackingNumber: $trackingNumber
              status: EXCEPTION
              location: "Leipzig hub"
              description: $description
            }
          ) {
            id
          }
        }
      `,
      { trackingNumber: MARIA.trackingNumber, description },
    );
    const recordedAt = Date.now();
    const parcels = page.getByRole('region', { name: 'Parcels' });
    await parcels.getByText(description).waitFor({ timeout: 10_000 });
    expect(Date.now() - recordedAt).toBeLessThan(LIVE_MS);
    await parcels.getByRole('status').filter({ hasText: 'Updated' }).waitFor({ timeout: LIVE_MS });
    expect(
      await page.evaluate(() => (globalThis as unknown as { e2eNotReloaded?: boolean }).e2eNotReloaded === true),
    ).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows an analyst the masked e-mail and phone the server returns, and no ticket action', async () => {
    const { page, errors } = await openAs('analyst', `/customer/${MARIA.customerId}`);
    await ticketArticle(page, MARIA.ticketNumber).waitFor({ timeout: SHOWN });
    await page.getByText(/^m\*+@example\.com$/).waitFor();
    expect(await page.content()).not.toContain(MARIA.email);
    expect(await page.content()).not.toContain(MARIA.phone);
    expect(await page.getByRole('button', { name: ACTION_BUTTON }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);

  it('says there is no such customer, with a way back to Find, for an id nobody has', async () => {
    const { page, errors } = await openAs('agent', '/customer/cus_999');
    await page.getByRole('heading', { level: 1, name: 'Customer not found' }).waitFor({ timeout: SHOWN });
    await page.getByRole('alert').filter({ hasText: 'No customer cus_999' }).waitFor();
    await page.getByRole('link', { name: 'Back to Find' }).click();
    await page.getByRole('heading', { level: 1, name: 'Find a customer' }).waitFor({ timeout: SHOWN });
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows what loaded and says parcels could not be loaded while logistics is down', async () => {
    await logistics.set('refuse');
    try {
      // Lena's story has not been read in this stack yet
      const { page, errors } = await openAs('agent', `/customer/${LENA.customerId}`);
      await page.getByRole('heading', { level: 1, name: LENA.name }).waitFor({ timeout: SHOWN });
      const notice = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
      await notice.waitFor({ timeout: SHOWN });
      expect(await notice.innerText()).toContain(
        'Parcels could not be loaded (logistics is unavailable). The rest of the page is current.',
      );
      await page.getByRole('region', { name: 'Orders' }).getByRole('heading', { name: LENA.orderNumbers[0] }).waitFor();
      await ticketArticle(page, LENA.ticketNumber).waitFor();
      expect(await page.getByRole('region', { name: 'Parcels' }).innerText()).toContain('unavailable');
      expect(errors).toEqual([]);
    } finally {
      await logistics.set('proxy');
    }
  }, 60_000);
});
