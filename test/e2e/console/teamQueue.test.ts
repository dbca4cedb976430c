import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningAll } from '../../../stack/startAll';
import {
  consoleContext,
  consoleOption,
  launchBrowser,
  pageErrors,
  startBrowserStack,
} from '../../support/consoleBrowser';
import { gatewayApi } from './gatewayApi';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
/** How long a page may take to show what the gateway answered (a cold PGlite query plan can take a second). */
const SHOWN = 15_000;
/** A change must reach an open page within this long: the live stream, not the clock's next scan. */
const LIVE = 5_000;
/** The seeded customer-care agent the dev "agent" role signs in as. */
const AGENT = 'agt_1';

interface QueueNode {
  reasons: string[];
  ticket: {
    id: string;
    number: string;
    assignee: { id: string } | null;
    customer: { id: string } | null;
    team: { code: string; agents: { id: string }[] };
  };
}

const UNATTENDED = /* GraphQL */ `
  query e2eTeamQueue($team: ID) {
    unattendedTickets(team: $team, first: 100) {
      edges {
        node {
          reasons
          ticket {
            id
            number
            assignee {
              id
            }
            customer {
              id
            }
            team {
              code
              agents {
                id
              }
            }
          }
        }
      }
    }
  }
`;

describe('Team queue: a team lead watches the unattended list change live', () => {
  let running: RunningAll;
  let browser: Browser;
  let origin: string;
  const contexts: BrowserContext[] = [];

  /** One GraphQL request through the gateway as a supervisor; throws on any error. */
  const api = <T>(query: string, variables: Record<string, unknown> = {}) => gatewayApi<T>(running, query, variables);

  async function unattended(team?: string): Promise<QueueNode[]> {
    const data = await api<{ unattendedTickets: { edges: { node: QueueNode }[] } }>(UNATTENDED, { team });
    return data.unattendedTickets.edges.map((edge) => edge.node);
  }

  async function openAs(role: 'agent' | 'supervisor' | 'analyst', agentId?: string) {
    const context = await consoleContext(browser, role, agentId);
    contexts.push(context);
    const page = await context.newPage();
    return { page, errors: pageErrors(page) };
  }

  /** The queue's row of ticket `number`. */
  function queueRow(page: Page, number: string) {
    return page
      .getByRole('table', { name: 'Unattended tickets' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: number, exact: true }) });
  }

  beforeAll(async () => {
    [running, browser] = await Promise.all([
      startBrowserStack({
        console: consoleOption(),
        seed: { seed: 42, customers: 20 },
        port: 0,
        gatewayLogger: quiet,
        // The clock's first scan records the queue as it is without announcing it; a write before that scan would
        // take that baseline itself and announce nothing. A short interval has it taken before any page opens.
        jobVariables: { SLA_SCAN_INTERVAL_MS: '500' },
      }),
      launchBrowser(),
    ]);
    origin = new URL(running.gatewayUrl).origin;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.stop();
  });

  it('shows a breached ticket with its badge, keeps it while only answered, and drops it without a reload once resolved', async () => {
    // the seed is dated to the current hour, so its support queue always holds a ticket past its resolution time
    const breached = (await unattended()).find((node) => node.reasons.includes('SLA_BREACHED'));
    if (!breached) throw new Error('the seed holds no SLA-breached ticket: check stack/seed/scenarios/supportQueue.ts');
    const { id, number, team, customer } = breached.ticket;
    const agentId = breached.ticket.assignee?.id ?? team.agents[0]?.id;
    if (!agentId) throw new Error(`team ${team.code} has no agent to answer ${number}`);

    const { page, errors } = await openAs('supervisor');
    await page.goto(`${origin}/console/queue/${team.code}`);
    await page.getByRole('heading', { level: 1, name: 'Team queue' }).waitFor({ timeout: SHOWN });
    const row = queueRow(page, number);
    await row.waitFor({ timeout: SHOWN });
    await row.getByText('SLA breached', { exact: true }).waitFor();
    expect(await row.getByRole('link', { name: number }).getAttribute('href')).toBe(
      `/console/customer/${customer?.id}#ticket-${number}`,
    );
    // the countdown says how long ago the resolution was due, worked out in the browser
    expect(await row.innerText()).toMatch(/Resolution\s+breached .+ ago/);
    expect(await page.getByLabel('Team').inputValue()).toBe(team.code);
    await page.evaluate(() => {
      (globalThis as unknown as { e2eNotReloaded: boolean }).e2eNotReloaded = true;
    });

    // an answer to the customer does not un-breach the SLA: the ticket stays unattended until it is resolved
    await api(
      /* GraphQL */ `
        mutation e2eQueueAnswer($input: AddMessageInput!) {
          addMessage(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          ticketId: id,
          direction: 'OUTBOUND',
          channel: 'EMAIL',
          body: 'We are on it and will get back to you today.',
          agentId,
          idempotencyKey: 'e2e-team-queue-answer',
        },
      },
    );
    const stillWaiting = (await unattended(team.code)).find((node) => node.ticket.id === id);
    expect(stillWaiting?.reasons).toContain('SLA_BREACHED');
    expect(stillWaiting?.reasons).not.toContain('NO_FIRST_RESPONSE');

    await api(
      /* GraphQL */ `
        mutation e2eQueueResolve($id: ID!, $agentId: ID!) {
          resolveTicket(
            ticketId: $id
            resolutionCode: ANSWERED
            agentId: $agentId
            idempotencyKey: "e2e-team-queue-resolve"
          ) {
            id
          }
        }
      `,
      { id, agentId },
    );
    expect((await unattended(team.code)).some((node) => node.ticket.id === id)).toBe(false);

    await row.waitFor({ state: 'detached', timeout: LIVE });
    await page
      .getByRole('status')
      .filter({ hasText: `${number} left the queue.` })
      .waitFor({ timeout: LIVE });
    expect(
      await page.evaluate(() => (globalThis as unknown as { e2eNotReloaded?: boolean }).e2eNotReloaded === true),
    ).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);

  it('opens an agent on their own team, where Take assigns the ticket to them and the row follows live', async () => {
    const waiting = (await unattended('customer_care')).find((node) => node.reasons.includes('UNASSIGNED'));
    if (!waiting) throw new Error('the seed holds no unassigned customer-care ticket: check supportQueue.ts');
    const { number } = waiting.ticket;

    const { page, errors } = await openAs('agent', AGENT);
    await page.goto(`${origin}/console/queue`);
    // /queue alone opens the agent's own team
    await page.waitForURL(`${origin}/console/queue/customer_care`, { timeout: SHOWN });
    const row = queueRow(page, number);
    await row.waitFor({ timeout: SHOWN });
    await row.getByText('Unassigned', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Take' }).click();

    // the page follows the queue live: the row becomes theirs, or leaves when nothing else keeps it waiting
    await Promise.race([
      row.getByText('Yours', { exact: true }).waitFor({ timeout: LIVE }),
      row.waitFor({ state: 'detached', timeout: LIVE }),
    ]);
    // and the graph agrees: the ticket is no longer unassigned
    const after = (await unattended('customer_care')).find((node) => node.ticket.id === waiting.ticket.id);
    expect(after?.reasons ?? []).not.toContain('UNASSIGNED');
    if (after) {
      // still waiting for another reason (no first response yet…): the row stays, marked, and is now theirs
      await row.getByText('Yours', { exact: true }).waitFor({ timeout: LIVE });
      await row.getByRole('status').filter({ hasText: 'Updated' }).waitFor({ timeout: LIVE });
    } else {
      await row.waitFor({ state: 'detached', timeout: LIVE });
    }
    expect(errors).toEqual([]);
  }, 60_000);

  it('tells an analyst that the role has no team queue', async () => {
    const { page, errors } = await openAs('analyst');
    await page.goto(`${origin}/console/queue/logistics_desk`);
    await page.getByRole('heading', { level: 1, name: 'Team queue' }).waitFor({ timeout: SHOWN });
    await page.getByText('Your role does not have a team queue').waitFor({ timeout: SHOWN });
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Team queue' }).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});
