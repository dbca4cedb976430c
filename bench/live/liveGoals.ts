import type { LiveSection, LiveTarget } from '../report/benchResults';

/** Issue 11's targets for 2,000 subscribers on one gateway at 20 writes/s. */
export const LIVE_P99_LIMIT_MS = 1_000;
export const LIVE_RSS_GROWTH_LIMIT_MB = 200;

/** Nearest-rank percentile of values sorted ascending; undefined for none. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** p50, p90, p99 and max of latencies sorted ascending; null when nothing was delivered. */
export function latencySummary(sorted: readonly number[]): LiveSection['deliveries']['latencyMs'] {
  const [p50, p90, p99] = [50, 90, 99].map((p) => percentile(sorted, p));
  const max = sorted.at(-1);
  if (p50 === undefined || p90 === undefined || p99 === undefined || max === undefined) return null;
  return { p50, p90, p99, max };
}

/** The three targets against what was measured: p99 write→delivery, events lost, gateway RSS growth. */
export function liveTargets(
  deliveries: Pick<LiveSection['deliveries'], 'latencyMs' | 'lost' | 'expected'>,
  rssGrowthMb: number | null,
): LiveTarget[] {
  const p99 = deliveries.latencyMs?.p99 ?? null;
  return [
    {
      name: 'p99',
      label: `p99 write→delivery ≤ ${LIVE_P99_LIMIT_MS.toLocaleString('en')} ms`,
      limit: LIVE_P99_LIMIT_MS,
      measured: p99,
      met: p99 !== null && p99 <= LIVE_P99_LIMIT_MS,
    },
    {
      name: 'lost',
      label: 'events lost = 0',
      limit: 0,
      measured: deliveries.lost,
      // nothing expected (every write failed) proves nothing
      met: deliveries.lost === 0 && deliveries.expected > 0,
    },
    {
      name: 'rssGrowth',
      label: `gateway RSS growth ≤ ${LIVE_RSS_GROWTH_LIMIT_MB} MB`,
      limit: LIVE_RSS_GROWTH_LIMIT_MB,
      measured: rssGrowthMb,
      met: rssGrowthMb !== null && rssGrowthMb <= LIVE_RSS_GROWTH_LIMIT_MB,
    },
  ];
}
