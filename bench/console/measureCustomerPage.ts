import type { Page } from 'playwright-core';
import { captureGraphqlRequests } from './captureGraphqlRequests';
import type { CapturedRequest, GraphqlCapture } from './captureGraphqlRequests';
import { consoleProfile } from './launchChromium';
import type { ConsoleRole } from './launchChromium';
import { FIND_PAGE, loadUntilReady, READY_TIMEOUT_MS, withReadyProbe } from './measureReady';
import { customerProbeResult, graphqlTimings, watchCustomerPage } from './pageProbes';
import type { CustomerProbeState, CustomerSnapshot, CustomerSpec } from './pageProbes';
import { pageScript, pollPage } from './pageScript';
import type { Browser, BrowserContext } from 'playwright-core';

/** The customer page's sections the budget waits for (the console's contract: h2 "Orders", "Tickets", "Timeline"). */
export const CUSTOMER_PAGE: CustomerSpec = {
  inputLabel: FIND_PAGE.inputLabel,
  sections: ['Orders', 'Tickets', 'Timeline'],
  pathPrefix: '/console/customer/',
};
const SEARCH_TIMEOUT_MS = 30_000;

export interface CustomerPageRun {
  customerId: string;
  /** Enter in the search box until the frame that shows the customer page with its sections populated. */
  ms: number;
  /** The same, to the DOM change. */
  domMs: number;
  /** The same on the bench's clock (keypress sent to probe seen), a check on the page's own figure. */
  benchMs: number;
  snapshot: CustomerSnapshot;
  /** The GraphQL requests the page sent after Enter until it was complete, as captured. */
  requests: CapturedRequest[];
  /**
   * The same requests in the order sent, on the page's clock (ms after Enter, from Resource Timing), when the page
   * reported as many as were captured; else undefined (and `requests` holds every request captured).
   */
  requestTimings: { operation: string; startMs: number; endMs: number }[] | undefined;
  /** Operations the page sent once it was complete (not waited for, not replayed). */
  lateRequests: string[];
}

export interface SearchFailure {
  customerId: string;
  problem: string;
}

/**
 * One agent's browser on the Find page, searching customers one after another: for each, type the id, press Enter
 * and wait until the customer page shows the name and its Orders, Tickets and Timeline sections; then back to Find
 * through the navigation link (in the app: the session and loaded code stay, as for an agent at work).
 */
export class CustomerSearches {
  private constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
    private readonly capture: GraphqlCapture,
    private readonly graphqlPath: string,
    readonly pageErrors: string[],
  ) {}

  static async open(browser: Browser, origin: string, graphqlPath: string, role: ConsoleRole = 'agent') {
    const context = await withReadyProbe(await consoleProfile(browser, role));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const capture = captureGraphqlRequests(page, graphqlPath);
    await loadUntilReady(page, `${origin}/console/`);
    return new CustomerSearches(context, page, capture, graphqlPath, errors);
  }

  async search(customerId: string): Promise<CustomerPageRun | SearchFailure> {
    const { page } = this;
    const box = page.getByLabel(FIND_PAGE.inputLabel, { exact: true });
    if (!(await box.isVisible())) {
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Find', exact: true }).click();
      await box.waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
    }
    await box.fill(customerId);
    await page.evaluate(pageScript(watchCustomerPage, CUSTOMER_PAGE));
    this.capture.start();
    const sent = performance.now();
    await box.press('Enter');
    const state = await pollPage<CustomerProbeState>(page, pageScript(customerProbeResult, undefined), {
      timeoutMs: SEARCH_TIMEOUT_MS,
      what: `the customer page did not show the name and populated ${CUSTOMER_PAGE.sections.join(', ')} sections`,
    }).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    const benchMs = performance.now() - sent;
    const captured = await this.capture.stop();
    if (state instanceof Error) return { customerId, problem: state.message };
    if (state.alert !== undefined) return { customerId, problem: `the page showed an alert: ${state.alert}` };
    const { enterAt, doneAt, frameAt, snapshot } = state;
    if (enterAt === undefined || doneAt === undefined || frameAt === undefined || snapshot === undefined) {
      return { customerId, problem: 'invariant: the probe finished without its times' };
    }
    const domMs = doneAt - enterAt;
    const { requests, requestTimings, lateRequests } = await this.pageRequests(captured, domMs);
    return { customerId, ms: frameAt - enterAt, domMs, benchMs, snapshot, requests, requestTimings, lateRequests };
  }

  /**
   * The requests the page sent after Enter and before it was complete (at `domMs`), with the page's own timings
   * of them; the ones it sent after (a form's team list…) apart, since the page did not wait for them. Resource
   * Timing lists a request once its body has been read, so this waits a moment for as many entries as requests.
   */
  private async pageRequests(captured: CapturedRequest[], domMs: number) {
    const timings = await pollPage<{ startMs: number; endMs: number }[]>(
      this.page,
      `(() => { const timings = ${pageScript(graphqlTimings, this.graphqlPath)}; return timings.length >= ${captured.length} ? timings : undefined; })()`,
      { timeoutMs: 3_000, what: 'Resource Timing entries for every GraphQL request' },
    ).catch(() => undefined);
    const inOrder = [...captured].sort((a, b) => a.startMs - b.startMs);
    if (!timings || timings.length !== inOrder.length)
      return { requests: captured, requestTimings: undefined, lateRequests: [] };
    const paired = inOrder.map((request, n) => ({ request, timing: timings[n] as { startMs: number; endMs: number } }));
    const before = paired.filter(({ timing }) => timing.startMs <= domMs);
    return {
      requests: before.map(({ request }) => request),
      requestTimings: before.map(({ request, timing }) => ({ operation: request.operation, ...timing })),
      lateRequests: paired.filter(({ timing }) => timing.startMs > domMs).map(({ request }) => request.operation),
    };
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

export function isFailure(run: CustomerPageRun | SearchFailure): run is SearchFailure {
  return 'problem' in run;
}
