import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningAll } from '../../../stack/startAll';
import {
  consoleContext,
  consoleOption,
  launchBrowser,
  pageErrors,
  startBrowserStack,
} from '../../support/consoleBrowser';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
/** Read as the page stores it (runs in the page: the root project has no DOM types). */
const STORED_CHOICE = () =>
  (globalThis as unknown as { localStorage: { getItem(key: string): string | null } }).localStorage.getItem(
    'c360.console.devRole',
  );

describe('Console dev sign-in: any seeded agent of any team, outside production', () => {
  let running: RunningAll;
  let origin: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    running = await startBrowserStack({
      seed: { seed: 42, customers: 20 },
      port: 0,
      gatewayLogger: quiet,
      console: consoleOption(),
    });
    origin = new URL(running.gatewayUrl).origin;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.stop();
  });

  async function pageAs(role: 'agent' | 'supervisor' | 'analyst', agentId?: string): Promise<Page> {
    const context = await consoleContext(browser, role, agentId);
    contexts.push(context);
    return context.newPage();
  }

  const header = (page: Page) => page.locator('header.shell-header');
  const who = (page: Page) => page.getByTestId('session-who');

  it('lists the agents by team and signs in as the one chosen, with their team, remembered across reloads', async () => {
    const page = await pageAs('agent');
    const errors = pageErrors(page);
    const tokenRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/playground/dev-token')
        tokenRequests.push(new URL(request.url()).search);
    });
    await page.goto(`${origin}/console`);
    const agent = header(page).getByLabel('Agent', { exact: true });
    await agent.waitFor();
    await expect(who(page).innerText()).resolves.toMatch(/ · agent · customer_care$/);
    // grouped by team, every team with agents
    const groups = await agent
      .locator('optgroup')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('label')));
    expect(groups).toEqual(expect.arrayContaining(['Customer care', 'Logistics desk', 'Billing', 'Returns']));
    const hannah = (await agent.locator('option[value="agt_7"]').innerText()).trim();
    await expect(agent.locator('optgroup[label="Logistics desk"] option[value="agt_7"]').count()).resolves.toBe(1);

    await agent.selectOption('agt_7');
    await who(page)
      .filter({ hasText: `${hannah} · agent · logistics_desk` })
      .waitFor();
    expect(tokenRequests.at(-1)).toBe('?role=agent&agent=agt_7&team=logistics_desk');
    expect(JSON.parse((await page.evaluate(STORED_CHOICE)) ?? 'null')).toEqual({
      role: 'agent',
      agentId: 'agt_7',
      team: 'logistics_desk',
    });

    await page.reload();
    await who(page)
      .filter({ hasText: `${hannah} · agent · logistics_desk` })
      .waitFor();
    await expect(agent.inputValue()).resolves.toBe('agt_7');

    // other roles are not agents: no agent to pick
    await header(page).getByLabel('Role', { exact: true }).selectOption('supervisor');
    await who(page).filter({ hasText: '· supervisor' }).waitFor();
    await expect(agent.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 90_000);

  it('finds the team of an agent remembered without one (as consoleContext stores it) before asking for a token', async () => {
    const page = await pageAs('agent', 'agt_13');
    await page.goto(`${origin}/console`);
    await who(page).filter({ hasText: ' · agent · product_support' }).waitFor();
    expect(JSON.parse((await page.evaluate(STORED_CHOICE)) ?? 'null')).toEqual({
      role: 'agent',
      agentId: 'agt_13',
      team: 'product_support',
    });
  }, 60_000);

  it('says so, and signs in as the default agent, when no team lists the remembered agent', async () => {
    const page = await pageAs('agent', 'agt_999');
    await page.goto(`${origin}/console`);
    await page
      .getByRole('alert')
      .filter({ hasText: 'No team lists the agent agt_999: signed in as the default agent instead.' })
      .waitFor();
    await expect(who(page).innerText()).resolves.toMatch(/ · agent · customer_care$/);
  }, 60_000);
});
