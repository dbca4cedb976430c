import { METRICS } from './benchResults';
import { liveReport, liveSettingsLine } from './liveReport';
import type {
  BenchResults,
  CacheTarget,
  FederationSection,
  FloorCpu,
  ScaleSection,
  Spread,
  StaleReads,
  WorkloadSummary,
} from './benchResults';

function format(value: number, digits: number): string {
  return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** `812 (790–830) ×1.15`: the median over the rounds, its range, and its ratio to the reference. */
function cell(value: Spread | null, ratio: number | null, digits: number, isReference: boolean): string {
  if (value === null) return '–';
  const range = value.min === value.max ? '' : ` (${format(value.min, digits)}–${format(value.max, digits)})`;
  const times = ratio === null || isReference ? '' : ` ×${ratio.toFixed(2)}`;
  return `${format(value.median, digits)}${range}${times}`;
}

export function workloadTable(summary: WorkloadSummary): string {
  const header = `| | ${METRICS.map(({ heading }) => heading).join(' | ')} |`;
  const rule = `|---|${METRICS.map(() => '---:').join('|')}|`;
  const rows = summary.subjects.map(
    (subject) =>
      `| ${subject.label} | ${METRICS.map(({ name, digits }) =>
        cell(subject.metrics[name], subject.ratios[name], digits, subject.subject === summary.reference),
      ).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}

/** Under the scale table: the large/small ratios against the goal, in words. */
export function scaleVerdict(scale: ScaleSection, summary: WorkloadSummary): string {
  const large = summary.subjects.find(({ subject }) => subject === 'large');
  const p50 = large?.ratios.latencyP50Ms;
  const p99 = large?.ratios.latencyP99Ms;
  if (p50 === null || p50 === undefined || p99 === null || p99 === undefined)
    return 'No large/small ratio: a run is missing.';
  const within = p50 <= scale.allowedRatio && p99 <= scale.allowedRatio;
  return (
    `Large/small: p50 ×${p50.toFixed(2)}, p99 ×${p99.toFixed(2)}, req/s ×${(large?.ratios.requestsPerSecond ?? 0).toFixed(2)} — ` +
    `${within ? 'within' : 'OVER'} the goal of ×${scale.allowedRatio.toFixed(1)} at most for p50 and p99.`
  );
}

/** Under a table of a workload that checks reads after writes: the stale reads of every subject. */
export function staleReadsLine(staleReads: readonly StaleReads[]): string {
  const parts = staleReads.map(
    ({ subject, checked, stale }) =>
      `${subject} ${stale.toLocaleString('en')} of ${checked.toLocaleString('en')} checked`,
  );
  return `Stale reads (the read right after a write through the same gateway did not show it), all rounds: ${parts.join('; ')}.`;
}

/** The target in words, with what was measured. */
export function targetVerdict(target: CacheTarget, reference: string): string {
  const ratio = target.ratio === null ? 'no ratio (a run is missing)' : `×${target.ratio.toFixed(2)}`;
  return (
    `Target: ${target.subject} at least ×${target.minRatio} the req/s of ${reference} (the baseline) with 0 stale reads — ` +
    `measured ${ratio} with ${target.stale.toLocaleString('en')} stale: **${target.met ? 'met' : 'NOT met'}**.`
  );
}

/** The subject's subgraph requests per query this far below the floor's mean that it shared calls (dedup). */
const SHARED_CALLS = 0.9;

/**
 * Under a table with a floor: our gateway's CPU per request over the floor's, against the target if any, and a
 * warning when the two did not do the same work (ours shared calls between identical queries in flight).
 */
export function floorCpuLine(floorCpu: FloorCpu): string {
  const { subject, subjectFetches, floorFetches } = floorCpu;
  const measured =
    `${subject}/floor CPU: ×${floorCpu.ratio.toFixed(2)} (${subject} ${floorCpu.subjectMs.toFixed(2)} CPU ms/req, ` +
    `floor ${floorCpu.floorMs.toFixed(2)}: the replaying process's own)`;
  const verdict =
    floorCpu.maxRatio === undefined
      ? `${measured}.`
      : `${measured} — target at most ×${floorCpu.maxRatio}: **${floorCpu.met ? 'met' : 'NOT met'}**.`;
  const shared = subjectFetches !== null && floorFetches !== null && subjectFetches < floorFetches * SHARED_CALLS;
  if (!shared) return verdict;
  return (
    `${verdict} Not the same work: ${subject} sent ${subjectFetches.toFixed(1)} subgraph requests per query and the ` +
    `floor ${floorFetches.toFixed(1)}, because identical queries in flight shared one call (dedup), which the floor ` +
    'never does; `--concurrency 1` compares like with like.'
  );
}

/** Under the federation table: what its graph holds and how the query plans, to set beside the public figures. */
export function federationLine(federation: FederationSection): string {
  const { users, products, reviews } = federation.data;
  return (
    `Graph: ${federation.subgraphs.join(', ')} (in memory: ${users} users, ${products} products, ${reviews} reviews); ` +
    `one answer is ${federation.responseBytes.toLocaleString('en')} bytes, planned as ` +
    `${federation.fetchesPerQuery} subgraph requests in ${federation.stages} stages.`
  );
}

export function markdownReport(results: BenchResults): string {
  const { meta } = results;
  const lines = [
    `# Benchmark ${meta.date}${meta.quick ? ' (quick mode: a smoke test, not a measurement)' : ''}`,
    '',
    `- Machine: ${meta.cpus}, ${meta.memoryGb} GB, Node ${meta.node}, load average at start ${meta.loadAverageAtStart.map((load) => load.toFixed(2)).join(' ')}`,
    `- Commit: ${meta.commit ?? 'unknown'}`,
    results.federation?.alone
      ? '- Data: only the federation workload ran (its four subgraphs hold their data in memory); none of ours was started'
      : results.scale
        ? `- Data: ${results.scale.datasets.map(({ name, customers, orders, reused }) => `${name} ${customers.toLocaleString('en')} customers / ${orders.toLocaleString('en')} orders (${reused ? 'reused' : 'seeded for this run'})`).join('; ')}, seed ${meta.dataset.seed}, as of ${meta.dataset.asOf}, each in databases of its own on ${meta.storage.replace(/ \(.*\)$/, '')}`
        : `- Data: ${meta.dataset.customers.toLocaleString('en')} customers, seed ${meta.dataset.seed}, as of ${meta.dataset.asOf} (${meta.dataset.reused ? 'reused' : 'seeded for this run'}) on ${meta.storage}`,
    results.live
      ? `${liveSettingsLine(results.live)}; took ${Math.round(meta.durationSeconds)} s`
      : `- ${meta.rounds} round(s), ${results.scale ? 'data sets alternating' : 'gateways interleaved'}; ${meta.requests.toLocaleString('en')} requests per run (kpi a quarter, rejection cases half) after ${meta.warmup.toLocaleString('en')} warm-up requests; concurrency ${meta.concurrency}; took ${Math.round(meta.durationSeconds)} s`,
    `- Gateways: ${results.gateways.map(({ name, label }) => `${name} = ${label}`).join('; ')}`,
    ...results.skipped.map(({ gateway, reason }) => `- Skipped ${gateway}: ${reason}`),
    // the tables' legend; a --live run has none of those tables
    ...(results.live
      ? []
      : [
          '',
          'Each cell: median over the rounds (min–max) ×ratio to the reference row (the baseline, or for rejections the valid request). ' +
            'CPU ms/req and peak RSS are the gateway process only (utime+stime and VmRSS from /proc); fetches/req are HTTP requests the subgraphs served per gateway request. ' +
            "floor = the subgraph requests the query plan sends, replayed directly without a gateway; its CPU ms/req is the replaying process's own.",
        ]),
  ];
  if (results.live) lines.push('', ...liveReport(results.live));
  for (const summary of results.workloads) {
    lines.push('', `## ${summary.workload}: ${summary.title}`, '', workloadTable(summary));
    if (summary.workload === 'scale' && results.scale) lines.push('', scaleVerdict(results.scale, summary));
    if (summary.staleReads) lines.push('', staleReadsLine(summary.staleReads));
    if (summary.target) lines.push('', targetVerdict(summary.target, summary.reference));
    if (summary.floorCpu) lines.push('', floorCpuLine(summary.floorCpu));
    if (summary.workload === 'federation' && results.federation) lines.push('', federationLine(results.federation));
  }
  return `${lines.join('\n')}\n`;
}
