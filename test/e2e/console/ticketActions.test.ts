import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';
import { SCENARIO } from '../../../stack/seed/scenarioIds';
import type { RunningAll } from '../../../stack/startAll';
import { formatViolations, seriousViolations } from '../../support/axe';
import {
  consoleContext,
  consoleOption,
  launchBrowser,
  pageErrors,
  startBrowserStack,
} from '../../support/consoleBrowser';
import { gatewayApi } from './gatewayApi';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const MARIA = SCENARIO.maria;
/** The seeded customer-care agent the dev "agent" role signs in as. */
const AGENT = 'agt_1';
/** How long a page may take to show what the gateway answered (a cold PGlite query plan can take a second). */
const SHOWN = 15_000;

interface Message {
  direction: string;
  channel: string | null;
  body: string;
}

describe("Ticket actions: an agent works a customer-care ticket on Maria's page", () => {
  let running: RunningAll;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let origin: string;

  /** One GraphQL request through the gateway as a supervisor; throws on any error. */
  const api = <T>(query: string, variables: Record<string, unknown> = {}) => gatewayApi<T>(running, query, variables);

  /** A new ticket for Maria about her account: the routing rules give ACCOUNT tickets to customer care. */
  async function openCareTicket(subject: string): Promise<{ id: string; number: string }> {
    const { openTicket } = await api<{ openTicket: { id: string; number: string; team: { code: string } } }>(
      /* GraphQL */ `
        mutation e2eActionsOpenTicket($input: OpenTicketInput!) {
          openTicket(input: $input) {
            id
            number
            team {
              code
            }
          }
        }
      `,
      {
        input: {
          customerId: MARIA.customerId,
          channel: 'CHAT',
          category: 'ACCOUNT',
          subject,
          body: `${subject}: can you help?`,
          idempotencyKey: `e2e-ticket-actions-${subject}`,
        },
      },
    );
    expect(openTicket.team.code).toBe('customer_care');
    return openTicket;
  }

  async function ticketState(id: string) {
    const { ticket } = await api<{
      ticket: {
        status: string;
        team: { code: string };
        handoffs: { kind: string; reason: string; toTeam: { code: string } }[];
        messages: { edges: { node: Message }[] };
      };
    }>(
      /* GraphQL */ `
        query e2eActionsTicket($id: ID!) {
          ticket(id: $id) {
            status
            team {
              code
            }
            handoffs {
              kind
              reason
              toTeam {
                code
              }
            }
            messages(first: 100) {
              edges {
                node {
                  direction
                  channel
                  body
                }
              }
            }
          }
        }
      `,
      { id },
    );
    return { ...ticket, messages: ticket.messages.edges.map((edge) => edge.node) };
  }

  /** Maria's page, freshly loaded, and the ticket's article on it. */
  async function ticketOnPage(number: string): Promise<Locator> {
    await page.goto(`${origin}/console/customer/${MARIA.customerId}`);
    const article = page.getByRole('article', { name: new RegExp(`^${number}\\b`) });
    await article.getByRole('button', { name: 'Reply', exact: true }).waitFor({ timeout: SHOWN });
    return article;
  }

  function conversation(number: string): Locator {
    return page.getByRole('list', { name: `Conversation ${number}` });
  }

  /** What a request to /graphql carries; the console sends the variables in the clear next to the document id. */
  function carries(route: Route, text: string): boolean {
    return route.request().method() === 'POST' && (route.request().postData() ?? '').includes(text);
  }

  beforeAll(async () => {
    [running, browser] = await Promise.all([
      startBrowserStack({ console: consoleOption(), seed: { seed: 42, customers: 20 }, port: 0, gatewayLogger: quiet }),
      launchBrowser(),
    ]);
    origin = new URL(running.gatewayUrl).origin;
    context = await consoleContext(browser, 'agent', AGENT);
    page = await context.newPage();
    errors = pageErrors(page);
  }, 120_000);

  afterEach(async () => {
    await page?.unrouteAll({ behavior: 'wait' });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await running?.stop();
  });

  it('replies by e-mail: "Sending…" at once, then the reply in the conversation once the page has refetched', async () => {
    const ticket = await openCareTicket('Reply by e-mail');
    const reply = 'Hello Maria, your password reset mail is on its way again.';
    const article = await ticketOnPage(ticket.number);

    // hold the mutation until the pending copy has been seen, so "Sending…" is not a race
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (carries(route, reply)) await held;
      await route.fallback();
    });

    await article.getByRole('button', { name: 'Reply', exact: true }).click();
    await article.getByLabel('Channel', { exact: true }).selectOption({ label: 'Email' });
    await article.getByLabel('Message', { exact: true }).fill(reply);
    await article.getByRole('button', { name: 'Send reply' }).click();

    const pending = article.getByRole('list', { name: `Being sent on ${ticket.number}` }).getByRole('listitem');
    await pending.filter({ hasText: reply }).waitFor({ timeout: SHOWN });
    expect(await pending.innerText()).toMatch(/Sending…[\s\S]*Outbound/);
    await expect(article.getByRole('button', { name: 'Send reply' }).isDisabled()).resolves.toBe(true);
    release();

    await article.getByRole('status').filter({ hasText: 'Reply sent by email' }).waitFor({ timeout: SHOWN });
    const sent = conversation(ticket.number).getByRole('listitem').filter({ hasText: reply });
    await sent.waitFor({ timeout: SHOWN });
    expect(await sent.innerText()).toMatch(/Outbound/);
    // the pending copy goes once the conversation has the real message
    await pending.first().waitFor({ state: 'detached', timeout: SHOWN });
    await expect(article.getByLabel('Message', { exact: true }).count()).resolves.toBe(0);

    const { messages, status } = await ticketState(ticket.id);
    expect(messages.filter((message) => message.body === reply)).toEqual([
      { direction: 'OUTBOUND', channel: 'EMAIL', body: reply },
    ]);
    expect(status).toBe('OPEN');
    expect(errors).toEqual([]);
  }, 60_000);

  it('adds an internal note, which has no channel', async () => {
    const ticket = await openCareTicket('Internal note');
    const note = 'Checked the mail logs: the reset mails bounce at her provider.';
    const article = await ticketOnPage(ticket.number);

    await article.getByRole('button', { name: 'Internal note', exact: true }).click();
    await article.getByLabel('Note', { exact: true }).fill(note);
    await article.getByRole('button', { name: 'Add note' }).click();

    await article.getByRole('status').filter({ hasText: 'Internal note added' }).waitFor({ timeout: SHOWN });
    const added = conversation(ticket.number).getByRole('listitem').filter({ hasText: note });
    await added.waitFor({ timeout: SHOWN });
    expect(await added.innerText()).toMatch(/Internal note/);
    const { messages } = await ticketState(ticket.id);
    expect(messages.filter((message) => message.body === note)).toEqual([
      { direction: 'INTERNAL', channel: null, body: note },
    ]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('writes a double-clicked "Send reply" once', async () => {
    const ticket = await openCareTicket('Double click');
    const reply = 'We have reset your password; please check your inbox.';
    const article = await ticketOnPage(ticket.number);

    await article.getByRole('button', { name: 'Reply', exact: true }).click();
    await article.getByLabel('Message', { exact: true }).fill(reply);
    await article.getByRole('button', { name: 'Send reply' }).dblclick();

    await article.getByRole('status').filter({ hasText: 'Reply sent' }).waitFor({ timeout: SHOWN });
    await conversation(ticket.number).getByRole('listitem').filter({ hasText: reply }).waitFor({ timeout: SHOWN });
    const { messages } = await ticketState(ticket.id);
    expect(messages.filter((message) => message.body === reply)).toHaveLength(1);
    expect(errors).toEqual([]);
  }, 60_000);

  it('sends a retry after a lost answer with the same idempotency key, so the reply is written once', async () => {
    const ticket = await openCareTicket('Lost answer');
    const reply = 'Your account is unlocked again.';
    const article = await ticketOnPage(ticket.number);

    // the first request reaches the gateway and is written, but its answer never reaches the browser
    const keys: string[] = [];
    await page.route('**/graphql', async (route) => {
      if (!carries(route, reply)) return route.fallback();
      const variables = (route.request().postDataJSON() as { variables: { input: { idempotencyKey: string } } })
        .variables;
      keys.push(variables.input.idempotencyKey);
      if (keys.length > 1) return route.fallback();
      await route.fetch();
      await route.abort('connectionreset');
    });

    await article.getByRole('button', { name: 'Reply', exact: true }).click();
    await article.getByLabel('Message', { exact: true }).fill(reply);
    await article.getByRole('button', { name: 'Send reply' }).click();
    const alert = article.getByRole('alert').filter({ hasText: 'cannot reach the gateway' });
    await alert.waitFor({ timeout: SHOWN });
    // nothing typed is lost, and nothing is shown as sending any more
    await expect(article.getByLabel('Message', { exact: true }).inputValue()).resolves.toBe(reply);
    await expect(article.getByRole('list', { name: `Being sent on ${ticket.number}` }).count()).resolves.toBe(0);

    await article.getByRole('button', { name: 'Send reply' }).click();
    await article.getByRole('status').filter({ hasText: 'Reply sent' }).waitFor({ timeout: SHOWN });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const { messages } = await ticketState(ticket.id);
    expect(messages.filter((message) => message.body === reply)).toHaveLength(1);
  }, 60_000);

  it('refuses a transfer without a reason in the form, then transfers to the logistics desk', async () => {
    const ticket = await openCareTicket('Transfer');
    const reason = 'She also asks about a lost parcel: the logistics desk handles both.';
    const article = await ticketOnPage(ticket.number);

    await article.getByRole('button', { name: 'Transfer', exact: true }).click();
    await article.getByLabel('To team', { exact: true }).selectOption({ label: 'Logistics desk' });
    await article.getByRole('button', { name: 'Transfer ticket' }).click();

    const missing = article.getByRole('alert').filter({ hasText: 'Give a reason for the transfer' });
    await missing.waitFor({ timeout: SHOWN });
    const reasonField = article.getByLabel('Reason', { exact: true });
    await expect(reasonField.evaluate((element) => element === element.ownerDocument.activeElement)).resolves.toBe(
      true,
    );
    await expect(reasonField.getAttribute('aria-invalid')).resolves.toBe('true');
    const violations = await seriousViolations(page, '.ticket-action-form');
    expect(formatViolations(violations)).toBe(formatViolations([]));
    expect((await ticketState(ticket.id)).team.code).toBe('customer_care');

    await reasonField.fill(reason);
    await article.getByRole('button', { name: 'Transfer ticket' }).click();
    await article.getByRole('status').filter({ hasText: 'Transferred to Logistics desk' }).waitFor({ timeout: SHOWN });

    // after the refetch the ticket is another team's: the agent may only answer consultations on it now
    await article
      .getByText('Owned by Logistics desk — you can answer consults addressed to your team')
      .waitFor({ timeout: SHOWN });
    await expect(article.getByRole('button', { name: 'Transfer', exact: true }).count()).resolves.toBe(0);
    await expect(article.getByRole('button', { name: 'Reply', exact: true }).count()).resolves.toBe(0);
    const state = await ticketState(ticket.id);
    expect(state.team.code).toBe('logistics_desk');
    expect(state.handoffs).toEqual([{ kind: 'TRANSFER', reason, toTeam: { code: 'logistics_desk' } }]);
    expect(errors).toEqual([]);
  }, 60_000);

  it("shows the server's refusal in the form when the ticket was resolved meanwhile, then reopens it", async () => {
    const ticket = await openCareTicket('Resolved meanwhile');
    const article = await ticketOnPage(ticket.number);

    await article.getByRole('button', { name: 'Resolve', exact: true }).click();
    await article.getByLabel('Resolution', { exact: true }).selectOption({ label: 'Answered' });
    // a colleague resolves it while the form is open
    await api(
      /* GraphQL */ `
        mutation e2eActionsResolve($id: ID!) {
          resolveTicket(ticketId: $id, resolutionCode: DUPLICATE, agentId: "agt_1") {
            status
          }
        }
      `,
      { id: ticket.id },
    );
    await article.getByRole('button', { name: 'Resolve ticket' }).click();

    const refusal = article.getByRole('alert').filter({ hasText: 'INVALID_TRANSITION' });
    await refusal.waitFor({ timeout: SHOWN });
    expect(await refusal.innerText()).toContain(`Ticket ${ticket.number} is RESOLVED: it cannot be resolved again.`);
    // the refusal refetched the page: the ticket now offers Reopen, which works
    await article.getByRole('button', { name: 'Reopen', exact: true }).click();
    await article.getByLabel('Reason', { exact: true }).fill('The duplicate was a different order: still open.');
    await article.getByRole('button', { name: 'Reopen ticket' }).click();
    await article
      .getByRole('status')
      .filter({ hasText: `Reopened ${ticket.number}` })
      .waitFor({ timeout: SHOWN });
    expect((await ticketState(ticket.id)).status).toBe('OPEN');
    await article.getByRole('button', { name: 'Resolve', exact: true }).waitFor({ timeout: SHOWN });
    expect(errors).toEqual([]);
  }, 60_000);

  it('works by keyboard alone: Tab to "Reply", Enter, type, Tab, Enter; Escape closes a form', async () => {
    const ticket = await openCareTicket('Keyboard');
    const reply = 'Typed without a mouse.';
    const article = await ticketOnPage(ticket.number);
    const replyButton = article.getByRole('button', { name: 'Reply', exact: true });
    const focused = (locator: Locator) =>
      locator.evaluate((element) => element === element.ownerDocument.activeElement);

    // from the page's heading, Tab until the ticket's Reply button has the focus (bounded: a page has fewer stops)
    await page.locator('main h1').focus();
    let presses = 0;
    while (!(await focused(replyButton))) {
      expect(presses++).toBeLessThan(300);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect(focused(article.getByLabel('Message', { exact: true }))).resolves.toBe(true);
    await page.keyboard.type(reply);
    await page.keyboard.press('Tab');
    await expect(focused(article.getByRole('button', { name: 'Send reply' }))).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await article.getByRole('status').filter({ hasText: 'Reply sent' }).waitFor({ timeout: SHOWN });
    await conversation(ticket.number).getByRole('listitem').filter({ hasText: reply }).waitFor({ timeout: SHOWN });

    // Escape closes a form and gives its button the focus back
    const transfer = article.getByRole('button', { name: 'Transfer', exact: true });
    await transfer.focus();
    await page.keyboard.press('Enter');
    await expect(transfer.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(focused(article.getByLabel('To team', { exact: true }))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(article.getByLabel('To team', { exact: true }).count()).resolves.toBe(0);
    await expect(focused(transfer)).resolves.toBe(true);
    await expect(transfer.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(errors).toEqual([]);
  }, 60_000);
});
