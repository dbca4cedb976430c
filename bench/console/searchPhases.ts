import type { CustomerPageRun } from './measureCustomerPage';

/** Where one search's time went, in ms, on the page's clock: the phases add up to the run's time. */
export interface SearchPhases {
  /** Enter until the lookup request left (the Find page's own work). */
  toLookup: number;
  /** The lookup (consoleFindCustomer for an id) until its answer arrived. */
  lookup: number;
  /** The lookup's answer until the customer page's first request left (navigation, the page's first render). */
  toPageRequests: number;
  /** The customer page's requests, the first sent until the last answered. */
  pageRequests: number;
  /** The last answer until the data was in the DOM (parsing, rendering). */
  toDom: number;
  /** The DOM change until the frame that showed it. */
  toFrame: number;
}

export const PHASE_LABELS: Readonly<Record<keyof SearchPhases, string>> = {
  toLookup: 'Enter → lookup sent',
  lookup: 'lookup request',
  toPageRequests: 'lookup answered → customer page requests sent',
  pageRequests: 'customer page requests (first sent → last answered)',
  toDom: 'last answer → data in the DOM',
  toFrame: 'DOM → painted frame',
};

/** Undefined when the page did not report its requests' timings (see CustomerPageRun.requestTimings). */
export function searchPhases(run: CustomerPageRun): SearchPhases | undefined {
  const [lookup, ...page] = run.requestTimings ?? [];
  if (!lookup || page.length === 0) return undefined;
  const pageStart = Math.min(...page.map(({ startMs }) => startMs));
  const pageEnd = Math.max(...page.map(({ endMs }) => endMs));
  return {
    toLookup: lookup.startMs,
    lookup: lookup.endMs - lookup.startMs,
    toPageRequests: pageStart - lookup.endMs,
    pageRequests: pageEnd - pageStart,
    toDom: run.domMs - pageEnd,
    toFrame: run.ms - run.domMs,
  };
}
