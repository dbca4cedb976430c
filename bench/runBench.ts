import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { mintDevToken } from '../gateway/auth/devToken';
import type { BenchOptions } from './benchArgs';
import { chooseStorage } from './chooseStorage';
import { captureFloors, measureFloor } from './floor/floors';
import type { CapturedPlan } from './floor/captureStoryFetches';
import { startFederationGraph } from './federationBench/startFederationGraph';
import { BASELINE, GATEWAY_TARGETS, OURS_CACHED, OURS_CACHED_TARGET, startGateway } from './gateways/gatewayTargets';
import type { GatewayTarget } from './gateways/gatewayTargets';
import type { RunningGateway } from './gateways/gatewayTargets';
import { measureGatewayRun } from './measureRun';
import type { FetchCounter, Measured } from './measureRun';
import type { BenchMeta, BenchResults, FederationSection, RunMetrics, RunRecord } from './report/benchResults';
import { cacheTarget, floorCpuOf, staleReadsOf, summarizeWorkload } from './report/summarize';
import { runRejections } from './runRejections';
import { writeResults } from './report/writeResults';
import { spawnSubgraphHost } from './subgraphHost/spawnSubgraphHost';
import { rejectionCases } from './workloads/rejections';
import { lightBodies } from './workloads/workloadInput';
import type { WorkloadInput } from './workloads/workloadInput';
import { newStaleTally, WORKLOADS } from './workloads/workloads';
import type { StaleTally, Workload, WorkloadName } from './workloads/workloads';

/** The data set's "now", pinned so the same size and seed always give the same rows. */
export const BENCH_AS_OF = new Date('2026-11-01T00:00:00.000Z');
/** Issue 13 (issue 5 asked ×5): with the entity and response caches on and warm, at least this many times the baseline's req/s (and no stale read). */
export const CACHE_TARGET_RATIO = 10;
/** Customers and orders the request bodies are made from. */
const SAMPLE_SIZE = 2_000;

export interface BenchRun {
  results: BenchResults;
  files: { markdown: string; json: string };
}

/** What the rounds run on: subgraphs that count their fetches, the gateways in front of them, the floors' plans. */
interface GraphUnderTest {
  host: FetchCounter;
  gateways: RunningGateway[];
  floors: ReadonlyMap<Workload['name'], CapturedPlan[]>;
}

type RecordRun = (workload: string, subject: string, round: number, measured: Measured, tally?: StaleTally) => void;

/**
 * The whole benchmark: subgraphs in one child process on a seeded data set, each gateway in a child process of
 * its own, every workload against every gateway, interleaved, for several rounds; then the summary tables. The
 * federation workload runs afterwards on a graph of its own (bench/federationBench): the public benchmark's four
 * subgraphs, behind gateways started for it.
 */
export async function runBench(options: BenchOptions, log: (line: string) => void): Promise<BenchRun> {
  const started = Date.now();
  const loadAverageAtStart = loadavg();
  const ourWorkloads = options.workloads.filter((name) => !isFederationWorkload(name));
  const federationWorkloads = options.workloads.filter(isFederationWorkload);
  let input: WorkloadInput = {
    // the federation workload needs no sample; ours replace it with the data set's
    sample: { customerIds: [], orderNumbers: [] },
    authorization: `Bearer ${await mintDevToken({ role: 'agent' })}`,
    asOf: BENCH_AS_OF,
    kpiDays: options.kpiDays,
    runId: Date.now().toString(36),
  };
  const runs: RunRecord[] = [];
  const record: RecordRun = (workload, subject, round, measured, tally) => {
    const { result, metrics } = measured;
    const staleReads = tally && { checked: tally.checked, stale: tally.stale, samples: [...tally.samples] };
    runs.push({
      workload,
      subject,
      round,
      requests: result.requests,
      ...metrics,
      statusCounts: result.statusCounts,
      errorSamples: result.errorSamples,
      ...(staleReads ? { staleReads } : {}),
    });
    const stale = staleReads ? `, ${staleReads.stale} stale reads of ${staleReads.checked} checked` : '';
    log(`  ${workload.padEnd(10)} ${subject.padEnd(14)} ${describeMetrics(metrics)}${stale}`);
    for (const sample of result.errorSamples) log(`    error: ${sample}`);
    for (const sample of staleReads?.samples ?? []) log(`    stale: ${sample}`);
  };
  const skipped: BenchResults['skipped'] = [];
  /** The targets that can run here; a missing one is noted once in `skipped`. */
  const runnable = (targets: readonly GatewayTarget[]) =>
    targets.filter((target) => {
      const missing = target.missing();
      if (!missing) return true;
      if (!skipped.some(({ gateway }) => gateway === target.name)) {
        log(`gateway ${target.name}: skipped, ${missing}`);
        skipped.push({ gateway: target.name, reason: missing });
      }
      return false;
    });
  const startedGateways: RunningGateway[] = [];
  let data: Parameters<typeof benchMeta>[2] = {
    storage: 'none (only the federation workload ran: its subgraphs hold their data in memory)',
    dataset: { customers: options.customers, reused: false },
    loadAverageAtStart,
  };

  if (ourWorkloads.length > 0) {
    const stops: (() => Promise<void>)[] = [];
    try {
      const storage = await chooseStorage(options, log);
      log(`subgraphs: starting (${options.customers.toLocaleString('en')} customers, seed ${options.seed})`);
      const host = await spawnSubgraphHost({
        storage,
        dataset: { customers: options.customers, seed: options.seed, asOf: BENCH_AS_OF },
        // the plain Apollo baseline cannot sign; our gateway signs anyway, so its signing cost is still measured
        auth: { mode: 'off' },
        onLine: (line) => log(`subgraphs: ${line}`),
      });
      stops.push(() => host.stop());
      input = {
        ...input,
        sample: await host.sample(Math.min(SAMPLE_SIZE, options.customers), `bench-${options.seed}`),
      };
      data = {
        storage: host.child.ready.storage,
        dataset: { customers: options.customers, reused: host.child.ready.dataset === 'reused' },
        loadAverageAtStart,
      };

      const gateways: RunningGateway[] = [];
      // the cache workloads run our gateway a second way, with ENTITY_CACHE=memory, in place of ours (caches off)
      const oursCached = options.gateways.includes('ours') && ourWorkloads.some((name) => isCacheWorkload(name));
      const oursPlain = ourWorkloads.some((name) => !isCacheWorkload(name));
      const targets: GatewayTarget[] = options.gateways.flatMap((name) =>
        name !== 'ours'
          ? [GATEWAY_TARGETS[name]]
          : [...(oursPlain ? [GATEWAY_TARGETS.ours] : []), ...(oursCached ? [OURS_CACHED_TARGET] : [])],
      );
      for (const target of runnable(targets)) {
        const { name } = target;
        const gateway = await startGateway(target, host.subgraphUrls, {
          ...(options.cpuProfileDir ? { cpuProfileDir: resolve(options.cpuProfileDir) } : {}),
          onLine: (line) => {
            if (worthShowing(line)) log(`gateway ${name}: ${line}`);
          },
        });
        stops.push(() => gateway.stop());
        await checkAnswers(gateway, input);
        log(`gateway ${name}: ready at ${gateway.url} (pid ${gateway.pid})`);
        gateways.push(gateway);
      }
      startedGateways.push(...gateways);
      const floors = await captureFloors(options, host, input, log);
      await runRounds(options, ourWorkloads, { host, gateways, floors }, input, record, log);
    } finally {
      await stopAll(stops);
    }
  }

  let federation: FederationSection | undefined;
  if (federationWorkloads.length > 0) {
    const stops: (() => Promise<void>)[] = [];
    try {
      const graph = await startFederationGraph({
        // the entity cache has nothing to do with this comparison: ours runs as it does for the other workloads
        targets: runnable(options.gateways.map((name) => GATEWAY_TARGETS[name])),
        input,
        cpuProfileDir: options.cpuProfileDir ? resolve(options.cpuProfileDir) : undefined,
        log,
        worthShowing,
        stops,
      });
      startedGateways.push(...graph.gateways);
      federation = { ...graph.section, alone: ourWorkloads.length === 0 };
      const floors = new Map(federationWorkloads.map((name) => [name, graph.plans] as const));
      await runRounds(
        options,
        federationWorkloads,
        { host: graph.host, gateways: graph.gateways, floors },
        input,
        record,
        log,
      );
    } finally {
      await stopAll(stops);
    }
  }

  // every gateway that ran, once, in the order they started
  const gatewaysRun = startedGateways.filter(
    (gateway, index) => startedGateways.findIndex(({ name }) => name === gateway.name) === index,
  );
  const subjects = [
    ...gatewaysRun.map(({ name }) => ({
      subject: name,
      label: `${name}` + (name === BASELINE ? ' (baseline)' : ''),
    })),
    { subject: 'floor', label: 'floor (subgraphs only)' },
  ];
  const workloads = options.workloads
    .map((name) =>
      name === 'rejections'
        ? summarizeWorkload(
            { name, title: 'Rejections: p99 of each bad input against our gateway, next to a valid light lookup' },
            runs,
            rejectionCases(input).map(({ name: subject, title }) => ({ subject, label: title })),
            'valid',
          )
        : summarizeWorkload({ name, title: workloadTitle(name, options) }, runs, subjects, BASELINE),
    )
    .map((summary) => {
      if (summary.workload === 'rejections') return summary;
      const workload = WORKLOADS[summary.workload as Workload['name']];
      const floorCpu = floorCpuOf(summary, 'ours', workload.floorCpuTarget);
      if (!workload.staleReads) return floorCpu ? { ...summary, floorCpu } : summary;
      const staleReads = staleReadsOf(summary.workload, runs);
      const target = workload.entityCache
        ? cacheTarget(summary, staleReads, OURS_CACHED, CACHE_TARGET_RATIO)
        : undefined;
      return { ...summary, staleReads, ...(target ? { target } : {}), ...(floorCpu ? { floorCpu } : {}) };
    });
  const results: BenchResults = {
    meta: benchMeta(options, started, data),
    ...(federation ? { federation } : {}),
    gateways: gatewaysRun.map(({ name, label }) => ({ name, label })),
    skipped,
    workloads,
    runs,
  };
  return { results, files: writeResults(options.out, results) };
}

/** Every round: each workload against each gateway of `graph` in turn, then its floor if it has one. */
async function runRounds(
  options: BenchOptions,
  names: readonly WorkloadName[],
  graph: GraphUnderTest,
  input: WorkloadInput,
  record: RecordRun,
  log: (line: string) => void,
): Promise<void> {
  const { host, gateways, floors } = graph;
  for (let round = 1; round <= options.rounds; round++) {
    log(`round ${round}/${options.rounds}`);
    for (const name of names) {
      if (name === 'rejections') {
        const ours = gateways.find((gateway) => gateway.name === 'ours');
        if (ours)
          await runRejections(ours, host, input, options, (subject, measured) =>
            record(name, subject, round, measured),
          );
        continue;
      }
      const workload = WORKLOADS[name];
      const amount = Math.max(options.concurrency, Math.round(options.requests * workload.requestShare));
      const warmup = Math.max(Math.round(options.warmup * workload.requestShare), workload.minWarmup ?? 0);
      const cached = workload.entityCache === true && gateways.some((gateway) => gateway.name === OURS_CACHED);
      for (const gateway of gateways.filter(({ name: subject }) => subject !== (cached ? 'ours' : OURS_CACHED))) {
        const tally = newStaleTally();
        const plan = {
          url: gateway.url,
          amount,
          connections: options.concurrency,
          steps: workload.steps(input, tally),
        };
        // the warm-up's writes are checked too, but only the measured requests' are reported
        const measured = await measureGatewayRun(gateway, host, plan, warmup, () =>
          Object.assign(tally, newStaleTally()),
        );
        record(name, gateway.name, round, measured, workload.staleReads ? tally : undefined);
      }
      const floor = floors.get(name);
      if (floor) record(name, 'floor', round, await measureFloor(floor, host, amount, options.concurrency));
    }
  }
}

/** Stops what a phase started, last first; a failure to stop one does not keep the others running. */
async function stopAll(stops: (() => Promise<void>)[]): Promise<void> {
  for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
}

/** A workload's table heading; the kpi one names its windows. */
export function workloadTitle(name: Workload['name'], options: Pick<BenchOptions, 'kpiDays'>): string {
  if (name !== 'kpi') return WORKLOADS[name].title;
  return `KPI dashboard (kpiDashboard) over ${options.kpiDays.join(', ')}-day windows, in turn`;
}

function isFederationWorkload(name: WorkloadName): name is Workload['name'] {
  return name !== 'rejections' && WORKLOADS[name].graph === 'federation';
}

function isCacheWorkload(name: WorkloadName): boolean {
  return name !== 'rejections' && WORKLOADS[name].entityCache === true;
}

/** One light lookup through the gateway must come back clean before anything is measured. */
async function checkAnswers(gateway: RunningGateway, input: WorkloadInput): Promise<void> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: input.authorization },
    body: lightBodies(input)[0],
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors":[')) {
    throw new Error(
      `gateway ${gateway.name} answered the first light lookup with ${response.status}: ${text.slice(0, 500)}\n${gateway.child.recentOutput()}`,
    );
  }
}

/** One run's figures on one progress line. */
export function describeMetrics(metrics: RunMetrics): string {
  const parts = [
    `${Math.round(metrics.requestsPerSecond)} req/s`,
    `p50 ${metrics.latencyP50Ms.toFixed(1)} ms`,
    `p99 ${metrics.latencyP99Ms.toFixed(1)} ms`,
    `${metrics.errors} errors`,
  ];
  if (metrics.cpuMsPerRequest !== null) parts.push(`${metrics.cpuMsPerRequest.toFixed(2)} CPU ms/req`);
  if (metrics.peakRssMb !== null) parts.push(`${Math.round(metrics.peakRssMb)} MB`);
  if (metrics.fetchesPerRequest !== null) parts.push(`${metrics.fetchesPerRequest.toFixed(1)} fetches/req`);
  return parts.join(', ');
}

/**
 * Our gateway logs every request (pino JSON, level 30) to stdout, as it does in production, so its cost is part of
 * the figures; the bench shows only warnings and errors (a failed subgraph call) and lines that are not JSON.
 */
function worthShowing(line: string): boolean {
  const level = /^\{"level":(\d+)/.exec(line)?.[1];
  return level === undefined || Number(level) >= 40;
}

/** The results' header: machine, commit, data set and run settings. */
export function benchMeta(
  options: BenchOptions,
  started: number,
  data: {
    storage: string;
    dataset: { customers: number; reused: boolean };
    loadAverageAtStart?: number[];
  },
): BenchMeta {
  return {
    date: new Date(started).toISOString(),
    quick: options.quick,
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    loadAverageAtStart: data.loadAverageAtStart ?? loadavg(),
    commit: gitCommit(),
    storage: data.storage,
    dataset: {
      customers: data.dataset.customers,
      seed: options.seed,
      asOf: BENCH_AS_OF.toISOString(),
      reused: data.dataset.reused,
    },
    rounds: options.rounds,
    requests: options.requests,
    warmup: options.warmup,
    concurrency: options.concurrency,
    durationSeconds: (Date.now() - started) / 1000,
  };
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return null;
  }
}
