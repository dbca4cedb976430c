import { METRICS } from './benchResults';
import type {
  CacheTarget,
  FloorCpu,
  MetricName,
  RunRecord,
  Spread,
  StaleReads,
  SubjectSummary,
  WorkloadSummary,
} from './benchResults';

export function spread(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

/**
 * Per subject (in `subjects` order), the median and range of every metric over the rounds, and each median as a
 * ratio to `reference`'s.
 */
export function summarizeWorkload(
  workload: { name: string; title: string },
  runs: readonly RunRecord[],
  subjects: readonly { subject: string; label: string }[],
  reference: string,
): WorkloadSummary {
  const metricsOf = (subject: string) => {
    const mine = runs.filter((run) => run.workload === workload.name && run.subject === subject);
    return Object.fromEntries(
      METRICS.map(({ name }) => [
        name,
        spread(mine.map((run) => run[name]).filter((value): value is number => value !== null)),
      ]),
    ) as Record<MetricName, Spread | null>;
  };
  const referenceMetrics = metricsOf(reference);
  const summaries: SubjectSummary[] = subjects
    .map(({ subject, label }) => ({ subject, label, metrics: metricsOf(subject) }))
    .filter(({ metrics }) => metrics.requestsPerSecond !== null)
    .map((summary) => ({
      ...summary,
      ratios: Object.fromEntries(
        METRICS.map(({ name }) => {
          const mine = summary.metrics[name]?.median;
          const theirs = referenceMetrics[name]?.median;
          return [name, mine === undefined || theirs === undefined || theirs === 0 ? null : mine / theirs];
        }),
      ) as Record<MetricName, number | null>,
    }));
  return { workload: workload.name, title: workload.title, reference, subjects: summaries };
}

/** Stale reads per subject that has any checked read, summed over the rounds. */
export function staleReadsOf(workload: string, runs: readonly RunRecord[]): StaleReads[] {
  const bySubject = new Map<string, StaleReads>();
  for (const run of runs) {
    if (run.workload !== workload || !run.staleReads) continue;
    const total = bySubject.get(run.subject) ?? { subject: run.subject, checked: 0, stale: 0 };
    total.checked += run.staleReads.checked;
    total.stale += run.staleReads.stale;
    bySubject.set(run.subject, total);
  }
  return [...bySubject.values()];
}

/** Whether `subject` reached `minRatio` × the reference's median req/s with no stale read in any round. */
export function cacheTarget(
  summary: WorkloadSummary,
  staleReads: readonly StaleReads[],
  subject: string,
  minRatio: number,
): CacheTarget {
  const ratio = summary.subjects.find((candidate) => candidate.subject === subject)?.ratios.requestsPerSecond ?? null;
  const mine = staleReads.find((candidate) => candidate.subject === subject);
  const stale = mine?.stale ?? 0;
  return {
    subject,
    minRatio,
    ratio,
    stale,
    met: ratio !== null && ratio >= minRatio && stale === 0 && !!mine?.checked,
  };
}

/**
 * `subject`'s median CPU per request over the floor's (the replaying process's), with `maxRatio` as the target when
 * given; undefined when either was not measured.
 */
export function floorCpuOf(summary: WorkloadSummary, subject: string, maxRatio?: number): FloorCpu | undefined {
  const median = (name: string, metric: 'cpuMsPerRequest' | 'fetchesPerRequest') =>
    summary.subjects.find((candidate) => candidate.subject === name)?.metrics[metric]?.median;
  const subjectMs = median(subject, 'cpuMsPerRequest');
  const floorMs = median('floor', 'cpuMsPerRequest');
  if (subjectMs === undefined || floorMs === undefined || floorMs <= 0) return undefined;
  const ratio = subjectMs / floorMs;
  return {
    subject,
    subjectMs,
    floorMs,
    ratio,
    subjectFetches: median(subject, 'fetchesPerRequest') ?? null,
    floorFetches: median('floor', 'fetchesPerRequest') ?? null,
    ...(maxRatio === undefined ? {} : { maxRatio, met: ratio <= maxRatio }),
  };
}
