import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { mintDevToken } from '../../../gateway/auth/devToken';
import { SCENARIO } from '../../../stack/seed/scenarioIds';
import type { RunningAll } from '../../../stack/startAll';
import { formatViolations, seriousViolations } from '../../support/axe';
import { assigneeOf, busiestTeam } from './gatewayApi';
import {
  consoleContext,
  consoleOption,
  launchBrowser,
  pageErrors,
  SCREENSHOT_DIR,
  startBrowserStack,
} from '../../support/consoleBrowser';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const MARIA = SCENARIO.maria;
const SHOWN = 15_000;
/** The README's pictures are at most this tall: a page's top, not a scroll of every ticket. */
const MAX_SHOT_HEIGHT = 1_400;
/**
 * The README's screenshots change whenever a page does (and with every relative time the seed produces), so a plain
 * test run does not rewrite them: `UPDATE_SCREENSHOTS=1` does, and only for a page whose test passed.
 */
const UPDATE_SCREENSHOTS = process.env['UPDATE_SCREENSHOTS'] === '1';

/** The page's top, up to MAX_SHOT_HEIGHT, as PNG (written later, once the page's checks have passed). */
async function shot(page: Page): Promise<Buffer> {
  const height = await page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document;
    return root.documentElement.scrollHeight;
  });
  const size = page.viewportSize() ?? { width: 1400, height: 1000 };
  return page.screenshot({
    fullPage: true,
    clip: { x: 0, y: 0, width: size.width, height: Math.min(Math.max(height, size.height), MAX_SHOT_HEIGHT) },
  });
}

function keepShot(name: string, png: Buffer): void {
  if (!UPDATE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), png);
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  // the readable list, not a diff of objects, when it fails
  expect(formatViolations(violations)).toBe(formatViolations([]));
}

/** Whether `locator` is the element with keyboard focus. */
async function focused(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) => element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );
}

/** Presses Tab until `target` has focus (at most `limit` times): proves it is reachable by keyboard, in order. */
async function tabTo(page: Page, target: Locator, limit = 60, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await focused(target)) return;
    await page.keyboard.press(key);
  }
  if (!(await focused(target))) throw new Error(`${target.toString()} not reached within ${limit} presses of Tab`);
}

describe('Console accessibility: no serious axe violation on any page, and everything works by keyboard', () => {
  let running: RunningAll;
  let browser: Browser;
  let origin: string;
  const contexts: BrowserContext[] = [];

  /** The logistics-desk agent Maria's ticket T-100001 is assigned to: every action on it is theirs to take. */
  let mariasAgent: string;

  async function openAs(role: 'agent' | 'supervisor' | 'analyst', agentId?: string) {
    const context = await consoleContext(browser, role, agentId);
    contexts.push(context);
    const page = await context.newPage();
    return { page, errors: pageErrors(page) };
  }

  beforeAll(async () => {
    [running, browser] = await Promise.all([
      startBrowserStack({ console: consoleOption(), seed: { seed: 42, customers: 20 }, port: 0, gatewayLogger: quiet }),
      launchBrowser(),
    ]);
    origin = new URL(running.gatewayUrl).origin;
    mariasAgent = await assigneeOf(running, MARIA.ticketId);
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.stop();
  });

  it('Find, with a customer found before in the recent list and an identifier recognised as it is typed', async () => {
    const { page, errors } = await openAs('agent');
    await page.goto(`${origin}/console/`);
    await page.getByRole('heading', { level: 1, name: 'Find a customer' }).waitFor({ timeout: SHOWN });
    const search = page.getByLabel('Customer, order, parcel or ticket');
    await search.fill(MARIA.trackingNumber);
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: MARIA.name }).waitFor({ timeout: SHOWN });
    await page.goBack();
    await page
      .getByRole('region', { name: 'Recent customers' })
      .getByRole('link', { name: MARIA.name })
      .waitFor({ timeout: SHOWN });
    await search.fill(MARIA.orderNumber);
    await page.getByText(/^Looks like/).waitFor();
    await expectNoSeriousViolations(page);
    const png = await shot(page);
    expect(errors).toEqual([]);
    keepShot('find', png);
  }, 60_000);

  it('Customer, as an agent with the ticket actions, and with an action form open', async () => {
    const { page, errors } = await openAs('agent', mariasAgent);
    await page.goto(`${origin}/console/customer/${MARIA.customerId}`);
    await page.getByRole('heading', { level: 1, name: MARIA.name }).waitFor({ timeout: SHOWN });
    for (const section of ['Orders', 'Parcels', 'Tickets', 'Timeline']) {
      await page.getByRole('region', { name: section }).waitFor({ timeout: SHOWN });
    }
    const ticket = page.getByRole('article', { name: new RegExp(`^${MARIA.ticketNumber}\\b`) });
    await ticket.getByRole('list', { name: `Conversation ${MARIA.ticketNumber}` }).waitFor({ timeout: SHOWN });
    await page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first().waitFor({ timeout: SHOWN });
    await expectNoSeriousViolations(page);
    const customerPng = await shot(page);

    await ticket.getByRole('button', { name: 'Transfer', exact: true }).click();
    await ticket.getByLabel('To team').selectOption({ label: 'Returns' });
    await ticket.getByLabel('Reason').fill('Maria wants to send the replacement back: returns handles the label');
    await expectNoSeriousViolations(page);
    await ticket.getByRole('button', { name: 'Transfer ticket' }).scrollIntoViewIfNeeded();
    const actionsPng = await page.screenshot();
    expect(errors).toEqual([]);
    keepShot('customer', customerPng);
    keepShot('actions', actionsPng);
  }, 120_000);

  it('Team queue, as a team lead, of the team with the most unattended tickets', async () => {
    const team = await busiestTeam(running);
    const { page, errors } = await openAs('supervisor');
    await page.goto(`${origin}/console/queue/${team}`);
    await page.getByRole('heading', { level: 1, name: 'Team queue' }).waitFor({ timeout: SHOWN });
    await page.getByRole('table', { name: 'Unattended tickets' }).getByRole('link').first().waitFor({ timeout: SHOWN });
    await page.getByRole('region', { name: 'SLA alerts' }).waitFor({ timeout: SHOWN });
    await expectNoSeriousViolations(page);
    const png = await shot(page);
    expect(errors).toEqual([]);
    keepShot('queue', png);
  }, 60_000);

  it('KPIs, as an analyst, with a data table open', async () => {
    const { page, errors } = await openAs('analyst');
    // recharts draws at once for people who asked for less motion, so the picture is not of a half-grown bar
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${origin}/console/kpis?window=90d`);
    await page.getByRole('heading', { level: 1, name: 'KPIs' }).waitFor({ timeout: SHOWN });
    const figures = page.getByRole('figure');
    await figures.first().waitFor({ timeout: SHOWN });
    await page.locator('figure .recharts-bar-rectangle').first().waitFor({ timeout: SHOWN });
    await figures.first().locator('summary', { hasText: 'Show data' }).click();
    await figures.first().getByRole('table').waitFor();
    await expectNoSeriousViolations(page);
    const png = await shot(page);
    expect(errors).toEqual([]);
    keepShot('kpis', png);
  }, 60_000);

  it('Embedded customer card, signed in by the token in the fragment', async () => {
    const token = await mintDevToken({ role: 'agent' });
    // the card's own size in a tool's page (customer-card.js frames it at 380 × 460 by default)
    const context = await browser.newContext({ viewport: { width: 480, height: 400 } });
    contexts.push(context);
    const page = await context.newPage();
    const errors = pageErrors(page);
    await page.goto(`${origin}/console/embed/customer/${MARIA.customerId}#token=${token}`);
    await page.getByRole('heading', { name: MARIA.name }).waitFor({ timeout: SHOWN });
    // the token does not stay in the address, where it would be copied, logged or sent as a Referer
    expect(page.url()).not.toContain(token);
    await expectNoSeriousViolations(page);
    const png = await shot(page);
    expect(errors).toEqual([]);
    keepShot('embed', png);
  }, 60_000);

  describe('by keyboard alone', () => {
    it('the skip link is the first stop and moves past the header to the page', async () => {
      const { page } = await openAs('supervisor');
      await page.goto(`${origin}/console/queue`);
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor({ timeout: SHOWN });
      // the router put focus on the page's heading; back from there through the header, the last stop is the skip link
      const skip = page.getByRole('link', { name: 'Skip to the page' });
      await tabTo(page, skip, 20, 'Shift+Tab');
      // nothing before it: one more Shift+Tab leaves the document
      await page.keyboard.press('Shift+Tab');
      const before = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { tagName: string } | null } }).document.activeElement
            ?.tagName,
      );
      expect(before).toBe('BODY');
      await tabTo(page, skip, 2);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      // the next stop is inside the page's main region, not the header's navigation
      const inMain = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: { activeElement: { closest(s: string): unknown } | null } })
          .document;
        return Boolean(doc.activeElement?.closest('main'));
      });
      expect(inMain).toBe(true);
    }, 60_000);

    it('finds Maria, opens "Reply" on her ticket, writes and sends it, never touching the mouse', async () => {
      const { page, errors } = await openAs('agent', mariasAgent);
      await page.goto(`${origin}/console/`);
      await page.getByRole('heading', { level: 1, name: 'Find a customer' }).waitFor({ timeout: SHOWN });
      const search = page.getByLabel('Customer, order, parcel or ticket');
      await tabTo(page, search, 20);
      await page.keyboard.type(MARIA.trackingNumber);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: MARIA.name }).waitFor({ timeout: SHOWN });
      // the new page's heading has focus (the router moves it there), so Tab continues from the top of the page
      expect(await focused(page.getByRole('heading', { level: 1 }))).toBe(true);

      const ticket = page.getByRole('article', { name: new RegExp(`^${MARIA.ticketNumber}\\b`) });
      await ticket.getByRole('button', { name: 'Reply', exact: true }).waitFor({ timeout: SHOWN });
      await tabTo(page, ticket.getByRole('button', { name: 'Reply', exact: true }), 200);
      await page.keyboard.press('Enter');
      const message = ticket.getByLabel('Message');
      await message.waitFor();
      await tabTo(page, message, 10);
      const text = `Keyboard only: the replacement is booked (${Date.now()}).`;
      await page.keyboard.type(text);
      await tabTo(page, ticket.getByRole('button', { name: 'Send reply' }), 10);
      await page.keyboard.press('Enter');
      await ticket
        .getByRole('list', { name: `Conversation ${MARIA.ticketNumber}` })
        .getByText(text)
        .waitFor({ timeout: SHOWN });
      expect(errors).toEqual([]);
    }, 60_000);
  });
});
