import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { RunningAll } from '../../../stack/startAll';
import {
  consoleContext,
  consoleOption,
  launchBrowser,
  pageErrors,
  startBrowserStack,
} from '../../support/consoleBrowser';
import { formatViolations, seriousViolations } from '../../support/axe';
import { TEST_AS_OF } from '../../support/stack';
import { authHeader } from '../../support/tokens';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const DAY = 86_400_000;
// the seed's tickets are dated relative to TEST_AS_OF, weeks before today: the URL pins a window that covers them
const FROM = new Date(TEST_AS_OF.getTime() - 365 * DAY).toISOString();
const TO = new Date(TEST_AS_OF.getTime() + DAY).toISOString();

const KPIS = /* GraphQL */ `
  #graphql
  query kpiDashboardProbe($from: DateTime!, $to: DateTime!, $team: ID) {
    ticketKpis(from: $from, to: $to, team: $team) {
      ticketCount
      firstResponseTime {
        median
        p90
      }
      slaBreachRate
      volumeByCategory {
        category
        count
      }
    }
    teams {
      code
      name
    }
  }
`;

interface Kpis {
  ticketCount: number;
  firstResponseTime: { median: number | null; p90: number | null };
  slaBreachRate: number | null;
  volumeByCategory: { category: string; count: number }[];
}

/** The same figures, straight from the API, as the analyst. */
async function apiKpis(url: string, team?: string): Promise<{ kpis: Kpis; teams: { code: string; name: string }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader('analyst')) },
    body: JSON.stringify({ query: KPIS, variables: { from: FROM, to: TO, team: team ?? null } }),
  });
  const body = (await response.json()) as {
    data?: { ticketKpis: Kpis; teams: { code: string; name: string }[] };
    errors?: unknown[];
  };
  if (!body.data || body.errors) throw new Error(`ticketKpis failed: ${JSON.stringify(body.errors)}`);
  return { kpis: body.data.ticketKpis, teams: body.data.teams };
}

// how the dashboard writes the API's values (see console/src/kpis/kpiCharts.ts): written out again here, so a change
// of rounding there is a change the test notices
const hours = (seconds: number | null) => (seconds === null ? '—' : String(Number((seconds / 3600).toFixed(2))));
const percent = (share: number | null) => (share === null ? '—' : String(Number((share * 100).toFixed(1))));
const CATEGORY_NAMES: Record<string, string> = {
  DELIVERY: 'Delivery',
  BILLING: 'Billing',
  PRODUCT_DEFECT: 'Product defect',
  RETURN: 'Return',
  ACCOUNT: 'Account',
  OTHER: 'Other',
};

function figure(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title, exact: true });
}

/** Opens a chart's "Show data" and reads its table: the header row, then the body rows, cell texts trimmed. */
async function dataTable(page: Page, title: string): Promise<string[][]> {
  const chart = figure(page, title);
  const details = chart.locator('details');
  if (!(await details.evaluate((element) => (element as unknown as { open: boolean }).open))) {
    await chart.getByText('Show data', { exact: true }).click();
  }
  const table = chart.getByRole('table', { name: title, exact: true });
  await table.waitFor();
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        Array.from((row as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (cell) =>
          (cell.textContent ?? '').trim(),
        ),
      ),
    );
}

function headline(page: Page, term: string): Locator {
  return page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** Waits until the page shows the figures `kpis` holds (the headline count first, then nothing loading). */
async function expectFigures(page: Page, kpis: Kpis): Promise<void> {
  await headline(page, 'Tickets')
    .filter({ hasText: new RegExp(`^${kpis.ticketCount}$`) })
    .waitFor();
  await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
  expect(await dataTable(page, 'First response time')).toEqual([
    ['Statistic', 'Hours'],
    ['Median', hours(kpis.firstResponseTime.median)],
    ['90th percentile', hours(kpis.firstResponseTime.p90)],
  ]);
  const rates = await dataTable(page, 'SLA breach and reopen rate');
  expect(rates[1]).toEqual(['SLA breach rate', percent(kpis.slaBreachRate)]);
  const volumes = await dataTable(page, 'Volume by category');
  expect(volumes).toEqual([
    ['Category', 'Tickets'],
    ...kpis.volumeByCategory.map((entry) => [CATEGORY_NAMES[entry.category], String(entry.count)]),
  ]);
  // every ticket has one category: the table adds up to the headline
  expect(volumes.slice(1).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(kpis.ticketCount);
}

describe('Console KPI dashboard: an analyst reads the support KPIs', () => {
  let running: RunningAll;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let all: Awaited<ReturnType<typeof apiKpis>>;

  beforeAll(async () => {
    running = await startBrowserStack({
      seed: { seed: 42, customers: 20, asOf: TEST_AS_OF },
      port: 0,
      gatewayLogger: quiet,
      console: consoleOption(),
    });
    browser = await launchBrowser();
    context = await consoleContext(browser, 'analyst');
    page = await context.newPage();
    errors = pageErrors(page);
    all = await apiKpis(running.gatewayUrl);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('shows the nine charts, with the numbers a ticketKpis query returns, and no serious accessibility issue', async () => {
    expect(all.kpis.ticketCount).toBeGreaterThan(0);
    expect(all.kpis.firstResponseTime.median).not.toBeNull();
    await page.goto(`${new URL(running.gatewayUrl).origin}/console/kpis?from=${FROM}&to=${TO}`);
    await page.getByRole('heading', { level: 1, name: 'KPIs' }).waitFor();
    await expect(page.getByLabel('Window').inputValue()).resolves.toBe('custom');

    await expectFigures(page, all.kpis);
    await expect(page.locator('figure > figcaption').allTextContents()).resolves.toEqual([
      'First response time',
      'Resolution time',
      'SLA breach and reopen rate',
      'Backlog by age',
      'Volume by category',
      'Volume by channel',
      'Hand-offs per ticket',
      'Complaints per product',
      'Complaints per carrier',
    ]);
    // the charts are SVG with a summary a screen reader reads
    await expect(
      figure(page, 'Volume by category').locator('svg[aria-label^="Volume by category:"]').count(),
    ).resolves.toBe(1);

    expect(formatViolations(await seriousViolations(page))).toBe('no serious or critical violations');
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows the number of a bar when the pointer is over it', async () => {
    const chart = figure(page, 'Volume by category');
    const top = all.kpis.volumeByCategory[0];
    if (!top) throw new Error('the seed has no categories');
    await chart.locator('.recharts-bar-rectangle').first().hover();
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await tooltip.filter({ hasText: `${top.count} ticket` }).waitFor();
    await expect(tooltip.innerText()).resolves.toContain(CATEGORY_NAMES[top.category]);
  }, 30_000);

  it('downloads a chart as CSV with the rows of its data table', async () => {
    const table = await dataTable(page, 'Volume by category');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV: Volume by category', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`kpis-volume-by-category-${FROM.slice(0, 10)}-${TO.slice(0, 10)}.csv`);
    const content = await readFile(await download.path(), 'utf8');
    // a byte-order mark for Excel, then RFC 4180 records ended by CRLF (the category names need no quoting)
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(content.slice(1)).toBe(table.map((row) => row.join(',')).join('\r\n') + '\r\n');
  }, 30_000);

  it('shows one team’s numbers when "Team" changes, and keeps the choice in the URL', async () => {
    let team: { code: string; name: string } | undefined;
    let expected: Kpis | undefined;
    // a team whose figures differ from everyone's, so the page visibly changes
    for (const candidate of all.teams) {
      const { kpis } = await apiKpis(running.gatewayUrl, candidate.code);
      if (kpis.ticketCount > 0 && kpis.ticketCount !== all.kpis.ticketCount) {
        team = candidate;
        expected = kpis;
        break;
      }
    }
    if (!team || !expected) throw new Error('no seeded team owns some, but not all, tickets in the window');

    await page.getByLabel('Team').selectOption({ label: team.name });
    await page.waitForURL((url) => url.searchParams.get('team') === team.code);
    await expectFigures(page, expected);
    expect(new URL(page.url()).searchParams.get('from')).toBe(FROM);

    // the URL alone brings the same view back (a shared link)
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expectFigures(shared, expected);
    await expect(shared.getByLabel('Team').inputValue()).resolves.toBe(team.code);
    await shared.close();
    expect(errors).toEqual([]);
  }, 60_000);

  it('tells an agent the dashboard is for team leads and analysts', async () => {
    const agentContext = await consoleContext(browser, 'agent', 'agt_1');
    const agentPage = await agentContext.newPage();
    await agentPage.goto(`${new URL(running.gatewayUrl).origin}/console/kpis`);
    await agentPage.getByText('The KPI dashboard is for team leads and analysts.').waitFor();
    await expect(agentPage.getByRole('figure').count()).resolves.toBe(0);
    await agentContext.close();
  }, 30_000);
});
