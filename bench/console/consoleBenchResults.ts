import type { BudgetVerdict, Spread } from './consoleBudgets';
import type { KpiChunk } from './measureKpiChunk';
import type { PageLoad } from './measureReady';
import type { SubgraphFloor } from './measureSubgraphFloor';
import type { ApiRun } from './replayOverHttp';

/** What `npm run bench -- --console` writes to <out>/<YYYY-MM-DD>-console.json (and renders as the .md). */
export interface ConsoleBenchResults {
  meta: {
    date: string;
    quick: boolean;
    node: string;
    cpus: string;
    memoryGb: number;
    loadAverageAtStart: number[];
    commit: string | null;
    chromium: string;
    storage: string;
    dataset: { customers: number; seed: number; asOf: string; reused: boolean };
    /** The gateway's ENTITY_CACHE: off, so every customer's data comes from the subgraphs' databases. */
    entityCache: string;
    searches: number;
    pageLoads: number;
    durationSeconds: number;
  };
  budgets: BudgetVerdict[];
  build: {
    elapsedMs: number;
    firstPage: {
      files: { file: string; bytes: number; gzipBytes: number }[];
      jsBytes: number;
      jsGzipBytes: number;
      gzipBytes: number;
    };
    kpiChunk: KpiChunk;
  };
  ready: {
    cold: Spread | null;
    warm: Spread | null;
    /** Script bytes on the wire per load, median (the gateway does not compress: raw bytes; 0 from the cache). */
    scriptTransferBytes: { cold: number | null; warm: number | null };
    loads: { cold: PageLoad[]; warm: PageLoad[] };
  };
  customerPage: {
    spread: Spread | null;
    domSpread: Spread | null;
    /** The same runs on the bench's clock, from sending Enter to seeing the probe's result (polled every 25 ms). */
    benchSpread: Spread | null;
    /** Where the time went (searchPhases.ts), p50 and p90 of each phase. */
    phases: { phase: string; label: string; spread: Spread | null }[];
    runs: {
      customerId: string;
      ms: number;
      domMs: number;
      benchMs: number;
      /** On the bench's clock (ms after the keypress was sent), with the answers' status. */
      requests: { operation: string; startMs: number; endMs: number | null; status: number | null }[];
      /** On the page's clock (ms after Enter), from Resource Timing; null when it did not match the requests. */
      requestTimings: { operation: string; startMs: number; endMs: number }[] | null;
      /** Sent once the page was complete (its clock had stopped): not waited for, not replayed over HTTP. */
      lateRequests: string[];
    }[];
    failures: { customerId: string; problem: string }[];
    /** The page's state when the clock stopped did not match the API's answer (see snapshotProblems.ts). */
    snapshotProblems: string[];
    pageErrors: string[];
  };
  api: {
    spread: Spread | null;
    operations: { operation: string; spread: Spread | null }[];
    runs: ApiRun[];
    errors: string[];
    /** The page's main query sent straight to the subgraphs, no gateway (measureSubgraphFloor.ts). */
    floor: SubgraphFloor | null;
  };
  /** Customer page p50 minus the API's p50: what the browser (rendering, the page's own work) adds. */
  browserOverhead: { p50Ms: number | null; ratioP50: number | null };
  /** Anything that makes the numbers less than they seem. */
  notes: string[];
}
