// Functions that run inside the console's page (playwright serialises them), so the times they record are the
// browser's own (performance.now(), whose origin is the navigation's start) and no round trip to the bench is
// counted. They must be self-contained: no imports, no closures over this module. The bench's TypeScript has no DOM
// types (they would leak into every file of the program), so the few DOM members used are declared here.

interface ProbeElement {
  readonly textContent: string | null;
  querySelector(selector: string): ProbeElement | null;
  querySelectorAll(selector: string): ArrayLike<ProbeElement>;
  closest(selector: string): ProbeElement | null;
}

interface ProbeInput extends ProbeElement {
  readonly disabled: boolean;
  readonly readOnly: boolean;
  readonly labels: ArrayLike<ProbeElement> | null;
}

interface ProbeGlobal {
  document: ProbeElement & {
    addEventListener(
      type: string,
      listener: (event: { key?: string; target: unknown }) => void,
      capture: boolean,
    ): void;
  };
  location: { pathname: string };
  performance: {
    now(): number;
    mark(name: string): void;
    clearResourceTimings(): void;
    getEntriesByType(type: 'resource'): ArrayLike<{ name: string; startTime: number; responseEnd: number }>;
  };
  requestAnimationFrame(callback: () => void): number;
  MutationObserver: new (callback: () => void) => {
    observe(
      target: unknown,
      options: { subtree: boolean; childList: boolean; characterData: boolean; attributes: boolean },
    ): void;
    disconnect(): void;
  };
  __c360Bench?: ProbeState;
}

/** What the probes leave on `window.__c360Bench`. */
export interface ProbeState {
  /** The Find page's heading and search box were there and enabled (DOM mutation time, ms since navigation start). */
  readyAt?: number;
  /** The first animation frame after `readyAt`: the ready page is on screen. */
  readyFrameAt?: number;
  customer?: CustomerProbeState;
}

export interface CustomerProbeState {
  /** When Enter went down in the search box. */
  enterAt?: number;
  /** The customer page held the data (DOM mutation time). */
  doneAt?: number;
  /** The first animation frame after `doneAt`. */
  frameAt?: number;
  /** What the page showed at `doneAt`, checked afterwards against the API's answer. */
  snapshot?: CustomerSnapshot;
  /** An alert the page showed instead (a lookup that failed, a part that could not be loaded). */
  alert?: string;
}

export interface CustomerSnapshot {
  path: string;
  heading: string;
  /** The text of each awaited section (Orders, Tickets, Timeline), cut to a few thousand characters. */
  sections: Record<string, string>;
}

/** The Find page's accessible names (the console's contract, see /tmp/c360/PREAMBLE.md). */
export interface ReadySpec {
  heading: string;
  inputLabel: string;
}

export interface CustomerSpec {
  inputLabel: string;
  /** Headings (h2) of the sections that must be populated. */
  sections: readonly string[];
  /** Path prefix of the customer page, e.g. /console/customer/. */
  pathPrefix: string;
}

/**
 * Init script (every navigation of the context): records when the Find page's heading is shown and its search box is
 * enabled, then the next frame, and sets the performance mark `c360:console-ready`.
 */
export function installReadyProbe(spec: ReadySpec): void {
  const page = globalThis as unknown as ProbeGlobal;
  const state: ProbeState = (page.__c360Bench = {});
  const searchBox = (): ProbeInput | undefined => {
    const inputs = Array.from(page.document.querySelectorAll('input[type="search"]')) as ProbeInput[];
    return inputs.find((input) =>
      Array.from(input.labels ?? []).some((label) => label.textContent?.trim() === spec.inputLabel),
    );
  };
  const check = () => {
    if (state.readyAt !== undefined) return true;
    const headings = Array.from(page.document.querySelectorAll('h1'));
    if (!headings.some((h1) => h1.textContent?.trim() === spec.heading)) return false;
    const input = searchBox();
    if (!input || input.disabled || input.readOnly) return false;
    state.readyAt = page.performance.now();
    page.requestAnimationFrame(() => {
      state.readyFrameAt = page.performance.now();
      page.performance.mark('c360:console-ready');
    });
    return true;
  };
  const observer = new page.MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(page.document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/**
 * Run in the Find page before Enter is pressed: records when Enter goes down in the search box, then watches every
 * DOM change until the customer page shows a name in its h1 and each awaited section is populated (has content and
 * nothing in it still loading: no `aria-busy="true"`, no `.loading`), or an alert shows instead.
 */
export function watchCustomerPage(spec: CustomerSpec): void {
  const page = globalThis as unknown as ProbeGlobal;
  const root = (page.__c360Bench ??= {});
  const state: CustomerProbeState = (root.customer = {});
  // the requests of this search only (graphqlTimings), and no full buffer after many searches
  page.performance.clearResourceTimings();
  const text = (element: ProbeElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  page.document.addEventListener(
    'keydown',
    (event) => {
      if (state.enterAt !== undefined || event.key !== 'Enter') return;
      const target = event.target as ProbeInput | null;
      if (!Array.from(target?.labels ?? []).some((label) => text(label) === spec.inputLabel)) return;
      state.enterAt = page.performance.now();
    },
    true,
  );
  const sectionOf = (name: string): ProbeElement | undefined => {
    const heading = Array.from(page.document.querySelectorAll('main h2')).find((h2) => text(h2) === name);
    return heading?.closest('section') ?? undefined;
  };
  const populated = (section: ProbeElement | undefined) =>
    section !== undefined &&
    section.querySelector('[aria-busy="true"], .loading') === null &&
    section.querySelector('li, tr, article, dd, p') !== null;
  const check = (): boolean => {
    if (state.enterAt === undefined) return false;
    const alert = Array.from(page.document.querySelectorAll('main [role="alert"]'))
      .map((element) => text(element))
      .find((message) => message !== '');
    if (alert) {
      state.alert = alert;
      return true;
    }
    if (!page.location.pathname.startsWith(spec.pathPrefix)) return false;
    const heading = text(page.document.querySelector('main h1'));
    if (heading === '' || /^loading/i.test(heading)) return false;
    const sections = spec.sections.map((name) => [name, sectionOf(name)] as const);
    if (!sections.every(([, section]) => populated(section))) return false;
    state.doneAt = page.performance.now();
    state.snapshot = {
      path: page.location.pathname,
      heading,
      sections: Object.fromEntries(sections.map(([name, section]) => [name, text(section).slice(0, 4_000)])),
    };
    page.requestAnimationFrame(() => {
      state.frameAt = page.performance.now();
    });
    return true;
  };
  const observer = new page.MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(page.document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Polled by the bench: the probes' state once the customer page is done (or an alert showed), else undefined. */
export function customerProbeResult(): CustomerProbeState | undefined {
  const state = (globalThis as unknown as ProbeGlobal).__c360Bench?.customer;
  return state && (state.frameAt !== undefined || state.alert !== undefined) ? state : undefined;
}

/** Polled by the bench: the ready times once the ready page has been painted, else undefined. */
export function readyProbeResult(): { readyAt: number; readyFrameAt: number } | undefined {
  const state = (globalThis as unknown as ProbeGlobal).__c360Bench;
  return state?.readyAt !== undefined && state.readyFrameAt !== undefined
    ? { readyAt: state.readyAt, readyFrameAt: state.readyFrameAt }
    : undefined;
}

/**
 * The page's GraphQL requests (exactly `graphqlPath`: the SSE stream is left out) since watchCustomerPage, from
 * Resource Timing: sent and answered, in ms after Enter, on the same clock as the probe's times.
 */
export function graphqlTimings(graphqlPath: string): { startMs: number; endMs: number }[] {
  const page = globalThis as unknown as ProbeGlobal;
  const enterAt = page.__c360Bench?.customer?.enterAt ?? 0;
  return (
    Array.from(page.performance.getEntriesByType('resource'))
      .filter((entry) => new URL(entry.name).pathname === graphqlPath)
      .map((entry) => ({ startMs: entry.startTime - enterAt, endMs: entry.responseEnd - enterAt }))
      // a request of the page before (sent before Enter) can end after the buffer was cleared
      .filter((timing) => timing.startMs >= 0)
      .sort((a, b) => a.startMs - b.startMs)
  );
}
