import type { ConsoleBuild } from '../../console/build/buildConsole';
import type { BenchOptions } from '../benchArgs';
import { benchMeta } from '../runBench';
import {
  API_ATTENTION_MS,
  CUSTOMER_PAGE_BUDGET_MS,
  FIRST_PAGE_JS_BUDGET_BYTES,
  READY_BUDGET_MS,
  spreadOf,
  verdict,
} from './consoleBudgets';
import type { ConsoleBenchResults } from './consoleBenchResults';
import type { CustomerPageRun } from './measureCustomerPage';
import type { KpiChunk } from './measureKpiChunk';
import type { PageLoad, ReadyLoads } from './measureReady';
import type { SubgraphFloor } from './measureSubgraphFloor';
import type { ApiRun } from './replayOverHttp';
import { PHASE_LABELS, searchPhases } from './searchPhases';
import type { SearchPhases } from './searchPhases';

/** Everything one run measured, for assembleConsoleResults. */
export interface ConsoleMeasurements {
  options: BenchOptions;
  started: number;
  meta: { storage: string; reused: boolean };
  chromium: string;
  entityCache: string;
  build: ConsoleBuild & {
    jsFiles: { file: string; bytes: number; gzipBytes: number }[];
    jsGzipBytes: number;
    firstFiles: { file: string; bytes: number; gzipBytes: number }[];
  };
  loads: ReadyLoads;
  kpiChunk: KpiChunk;
  runs: CustomerPageRun[];
  failures: { customerId: string; problem: string }[];
  problems: string[];
  pageErrors: string[];
  apiRuns: ApiRun[];
  /** Undefined when no answer with the customer page's data was captured. */
  floor: SubgraphFloor | undefined;
}

/** p50 and p90 of each phase over the runs whose requests the page timed. */
function phaseSpreads(runs: readonly CustomerPageRun[]): ConsoleBenchResults['customerPage']['phases'] {
  const phases = runs.flatMap((run) => searchPhases(run) ?? []);
  return (Object.keys(PHASE_LABELS) as (keyof SearchPhases)[]).map((phase) => ({
    phase,
    label: PHASE_LABELS[phase],
    spread: spreadOf(phases.map((phases) => phases[phase])),
  }));
}

function median(values: readonly number[]): number | null {
  return spreadOf(values)?.p50 ?? null;
}

/** The measurements as results: spreads, budget verdicts (measured / budget) and notes. */
export function assembleConsoleResults(input: ConsoleMeasurements): ConsoleBenchResults {
  const { options, build, loads, runs, apiRuns } = input;
  const searches = options.console?.searches ?? runs.length;
  const cold = spreadOf(loads.cold.map((load) => load.readyMs));
  const warm = spreadOf(loads.warm.map((load) => load.readyMs));
  const page = spreadOf(runs.map((run) => run.ms));
  const api = spreadOf(apiRuns.map((run) => run.ms));
  const operationNames = [...new Set(apiRuns.flatMap((run) => run.operations.map(({ operation }) => operation)))];
  const apiErrors = apiRuns.flatMap((run) =>
    run.operations.flatMap(({ operation, error }) => (error ? [`${run.customerId} ${operation}: ${error}`] : [])),
  );
  // a run that failed or showed something else than its data has no valid time: the verdict cannot pass
  const pageValid = input.failures.length === 0 && input.problems.length === 0 && runs.length === searches;
  const budgets = [
    verdict('First-page JavaScript, gzipped', 'build', build.jsGzipBytes, FIRST_PAGE_JS_BUDGET_BYTES, 'KB'),
    verdict('Console ready after navigation', 'cold p50', cold?.p50 ?? null, READY_BUDGET_MS, 'ms'),
    verdict('Console ready after navigation', 'warm p50', warm?.p50 ?? null, READY_BUDGET_MS, 'ms'),
    {
      ...verdict('Customer page complete after search', 'p90', page?.p90 ?? null, CUSTOMER_PAGE_BUDGET_MS, 'ms'),
      ...(pageValid ? {} : { met: false }),
    },
    verdict('Customer page complete after search', 'max', page?.max ?? null, CUSTOMER_PAGE_BUDGET_MS, 'ms'),
  ];
  const notes: string[] = [];
  if (!pageValid)
    notes.push(
      `The customer-page verdict is FAIL whatever its ratio: ${input.failures.length} search(es) failed, ${input.problems.length} page(s) did not match their data, ${runs.length} of ${searches} measured.`,
    );
  if (api && api.p50 > API_ATTENTION_MS)
    notes.push(
      `The API alone takes ${api.p50.toFixed(0)} ms at p50 (over ${API_ATTENTION_MS} ms): look at the subgraphs' queries first.`,
    );
  if (input.kpiChunk.problem) notes.push(input.kpiChunk.problem);
  const wire = (pageLoads: readonly PageLoad[]) =>
    median(pageLoads.map((load) => load.scripts.reduce((sum, script) => sum + script.transferBytes, 0)));
  const coldWire = wire(loads.cold);
  if (coldWire !== null && coldWire > 1.5 * build.jsGzipBytes)
    notes.push(
      `The gateway sends the console's scripts uncompressed: ${(coldWire / 1024).toFixed(0)} KB on the wire for a cold load, ${(build.jsGzipBytes / 1024).toFixed(0)} KB gzipped. Over 127.0.0.1 that costs nothing; over a real network, compression (or precompressed assets) is what makes the wire match the budget's gzipped bytes.`,
    );
  const meta = benchMeta(options, input.started, {
    storage: input.meta.storage,
    dataset: { customers: options.customers, reused: input.meta.reused },
  });
  return {
    meta: {
      date: meta.date,
      quick: options.quick,
      node: meta.node,
      cpus: meta.cpus,
      memoryGb: meta.memoryGb,
      loadAverageAtStart: meta.loadAverageAtStart,
      commit: meta.commit,
      chromium: input.chromium,
      storage: meta.storage,
      dataset: meta.dataset,
      entityCache: input.entityCache,
      searches,
      pageLoads: options.console?.pageLoads ?? loads.cold.length,
      durationSeconds: meta.durationSeconds,
    },
    budgets,
    build: {
      elapsedMs: build.elapsedMs,
      firstPage: {
        files: build.firstFiles,
        jsBytes: build.jsFiles.reduce((sum, file) => sum + file.bytes, 0),
        jsGzipBytes: build.jsGzipBytes,
        gzipBytes: build.firstPage.gzipBytes,
      },
      kpiChunk: input.kpiChunk,
    },
    ready: {
      cold,
      warm,
      scriptTransferBytes: {
        cold: coldWire,
        warm: wire(loads.warm),
      },
      loads,
    },
    customerPage: {
      spread: page,
      domSpread: spreadOf(runs.map((run) => run.domMs)),
      benchSpread: spreadOf(runs.map((run) => run.benchMs)),
      phases: phaseSpreads(runs),
      runs: runs.map((run) => ({
        customerId: run.customerId,
        ms: run.ms,
        domMs: run.domMs,
        benchMs: run.benchMs,
        requests: run.requests.map(({ operation, startMs, endMs, status }) => ({ operation, startMs, endMs, status })),
        requestTimings: run.requestTimings ?? null,
        lateRequests: run.lateRequests,
      })),
      failures: input.failures,
      snapshotProblems: input.problems,
      pageErrors: input.pageErrors,
    },
    api: {
      spread: api,
      operations: operationNames.map((operation) => ({
        operation,
        spread: spreadOf(
          apiRuns.flatMap((run) => run.operations.filter((op) => op.operation === operation).map((op) => op.ms)),
        ),
      })),
      runs: apiRuns,
      errors: apiErrors,
      floor: input.floor ?? null,
    },
    browserOverhead: {
      p50Ms: page && api ? page.p50 - api.p50 : null,
      ratioP50: page && api ? page.p50 / api.p50 : null,
    },
    notes,
  };
}
