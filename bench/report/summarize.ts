import { METRICS } from './benchResults';
import type { MetricName, RunRecord, Spread, SubjectSummary, WorkloadSummary } from './benchResults';

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
