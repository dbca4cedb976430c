import { decodeJwt } from 'jose';
import { chromium } from 'playwright-core';
import { startBrowserStack } from '../support/consoleBrowser';
import type { Browser, Page } from 'playwright-core';
import { mintDevToken } from '../../gateway/auth/devToken';
import { SCENARIO } from '../../stack/seed/scenarioIds';
import type { RunningAll } from '../../stack/startAll';

// Debian's chromium (apt-get install chromium), not a browser playwright downloads: the test must run offline.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

const ADD_MESSAGE = /* GraphQL */ `
  mutation playgroundLiveProbe($ticketId: ID!, $body: String!) {
    addMessage(input: { ticketId: $ticketId, direction: INBOUND, channel: EMAIL, body: $body }) {
      id
    }
  }
`;

/**
 * The whole text of GraphiQL's result pane, as a browser expression: CodeMirror draws only the lines in view, so
 * the rest of a long result is not in the DOM for a locator to find.
 */
const RESULT_TEXT = `(document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '')`;

describe('Playground: a support agent runs the customer story in the browser', () => {
  let running: RunningAll;
  let browser: Browser;
  let page: Page;
  const requestedHosts = new Set<string>();

  beforeAll(async () => {
    // everything on free ports, on an in-memory PGlite with a small seeded data set (the scenarios + a few more)
    running = await startBrowserStack({ seed: { seed: 42, customers: 20 }, port: 0, gatewayLogger: quiet });
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
  describe('live: the saved customer story subscription shows each change as it happens', () => {
    let livePage: Page;
    let closeContext: () => Promise<void>;
    const streamHosts = new Set<string>();

    beforeAll(async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      closeContext = () => context.close();
      livePage = await context.newPage();
      livePage.on('request', (request) => streamHosts.add(new URL(request.url()).host));
      livePage.on('websocket', (socket) => streamHosts.add(new URL(socket.url()).host));
      await livePage.goto(running.gatewayUrl);
      await livePage.getByText('All Schema Types').waitFor();
    });
    afterAll(() => closeContext?.());

    /** Adds a message to Maria's ticket through the gateway, as an agent's desktop would (POST /graphql). */
    async function addMessage(body: string): Promise<void> {
      const response = await fetch(running.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await mintDevToken({ role: 'agent' })}`,
        },
        body: JSON.stringify({ query: ADD_MESSAGE, variables: { ticketId: SCENARIO.maria.ticketId, body } }),
      });
      expect(await response.json()).toEqual({ data: { addMessage: { id: SCENARIO.maria.ticketId } } });
    }

    /** Runs the open tab as a subscription over `transport`, adds a message, and waits for it in the result pane. */
    async function seeChangeArrive(transport: 'sse' | 'ws'): Promise<void> {
      await livePage.locator('#c360-live-transport').selectOption(transport);
      await livePage.locator('.graphiql-tab', { hasText: 'liveCustomerStory' }).click();
      await expect(livePage.locator('.graphiql-tab-active').innerText()).resolves.toContain('liveCustomerStory');
      const result = livePage.locator('.result-window');
      // the stream is open once the gateway answered it (SSE) or the socket was acknowledged (WebSocket)
      const opened =
        transport === 'sse'
          ? livePage
              .waitForResponse((response) => new URL(response.url()).pathname === '/graphql/stream')
              .then(async (response) => {
                expect(response.status()).toBe(200);
                // the same token a query gets: the role switcher's (an agent, the default)
                const authorization = (await response.request().allHeaders())['authorization'] ?? '';
                expect(decodeJwt(authorization.replace(/^Bearer /, ''))['role']).toBe('agent');
              })
          : livePage
              .waitForEvent('websocket')
              .then((socket) =>
                socket.waitForEvent('framereceived', (frame) => String(frame.payload).includes('connection_ack')),
              );
      await livePage.locator('.graphiql-execute-button').click();
      await opened;

      const body = `Playground live probe over ${transport} ${Date.now()}: the replacement shoes arrived.`;
      await addMessage(body);
      // the emission: what happened (at the top of the pane), and the new message in the customer's conversation
      await result.getByText('TICKET_MESSAGE_ADDED').first().waitFor({ timeout: 30_000 });
      await livePage.waitForFunction(`${RESULT_TEXT}.includes(${JSON.stringify(body)})`, undefined, {
        timeout: 30_000,
      });
      const shown = JSON.parse(await livePage.evaluate<string>(RESULT_TEXT)) as {
        data?: { customerChanged?: { eventId: string; customer: { name: string } | null } };
        errors?: unknown;
      };
      expect(shown.errors).toBeUndefined();
      expect(shown.data?.customerChanged?.customer?.name).toBe(SCENARIO.maria.name);
      expect(shown.data?.customerChanged?.eventId).toMatch(/^\d+-\d+$/);

      // stop the subscription: the execute button turned into a stop button while the stream was open
      await livePage.locator('.graphiql-execute-button').click();
    }

    it('runs over SSE by default, signed as the picked role, and shows the emission when an agent adds a message', async () => {
      await expect(livePage.locator('#c360-live-transport').inputValue()).resolves.toBe('sse');
      await seeChangeArrive('sse');
      expect([...streamHosts]).toEqual([new URL(running.gatewayUrl).host]);
    }, 90_000);

    it('runs over WebSocket when picked in the banner, with the same result', async () => {
      await seeChangeArrive('ws');
      expect([...streamHosts]).toEqual([new URL(running.gatewayUrl).host]);
    }, 90_000);
  });
});
