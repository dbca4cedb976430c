import type { LiveSection } from './benchResults';

const whole = (value: number) => Math.round(value).toLocaleString('en');
const fixed = (value: number | null, digits: number, unit = '') =>
  value === null
    ? '–'
    : `${value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit}`;

/** The --live run's settings, in one line under the report's header. */
export function liveSettingsLine(live: LiveSection): string {
  const s = live.settings;
  return (
    `- Live: ${whole(s.subscribers)} customerChanged subscribers over SSE (${s.subscribersPerCustomer} per customer, ${whole(s.customers)} customers, ` +
    `${whole(s.callers)} ${s.callers === 1 ? 'caller' : 'callers'} of at most ${s.subscriptionsPerCaller} subscriptions each) on one gateway; ` +
    `${s.writesPerSecond} writes/s for ${s.durationSeconds} s through the same gateway; change feed: ${s.feed}; entity cache: ${s.entityCache}`
  );
}

/** The --live section: the targets, then the figures behind them. */
export function liveReport(live: LiveSection): string[] {
  const { writes, deliveries, emissions, gateway, warmup } = live;
  const latency = deliveries.latencyMs;
  const kinds = Object.entries(writes.byKind)
    .map(([kind, count]) => `${whole(count)} ${kind}`)
    .join(', ');
  const lines = [
    '## live: customerChanged subscribers while writes go through the gateway',
    '',
    '| target | measured | |',
    '|---|---:|---|',
    ...live.targets.map(
      ({ label, measured, met, name }) =>
        `| ${label} | ${measured === null ? '–' : name === 'lost' ? whole(measured) : fixed(measured, name === 'p99' ? 1 : 0, name === 'p99' ? ' ms' : ' MB')} | **${met ? 'pass' : 'FAIL'}** |`,
    ),
    '',
    '| write→delivery | p50 ms | p90 ms | p99 ms | max ms | delivered | expected | lost |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    `| every (write, subscriber) pair | ${fixed(latency?.p50 ?? null, 1)} | ${fixed(latency?.p90 ?? null, 1)} | ${fixed(latency?.p99 ?? null, 1)} | ${fixed(latency?.max ?? null, 1)} | ${whole(deliveries.delivered)} | ${whole(deliveries.expected)} | ${whole(deliveries.lost)} |`,
    '',
    `- Writes (measured): ${whole(writes.sent)} sent at ${writes.perSecond.toFixed(1)}/s (${kinds}); ${whole(writes.ok)} answered without error, ${whole(writes.failed)} with one; ${whole(writes.late)} sent late (every customer busy)`,
    `- Gateway: ${fixed(gateway.cpuMsPerDeliveredEvent, 3)} CPU ms per delivered event (${fixed(gateway.cpuMs, 0)} ms over the writes and the ${(deliveries.drainMs / 1000).toFixed(1)} s drain, write handling included); ` +
      `RSS ${fixed(gateway.rssBeforeMb, 0)} MB before the subscribers, ${fixed(gateway.rssSubscribedMb, 0)} MB once connected, ${fixed(gateway.rssEndMb, 0)} MB at the end (peak ${fixed(gateway.rssPeakMb, 0)} MB), ${fixed(gateway.rssAfterCloseMb, 0)} MB after they left`,
    `- Emissions: ${whole(emissions.count)} listing ${whole(emissions.changes)} changes (${whole(emissions.otherChanges)} of kinds the bench does not write); ` +
      `unmatched ${whole(emissions.unmatched)}, duplicates ${whole(emissions.duplicates)}, with errors ${whole(emissions.withErrors)}, resyncs ${whole(emissions.resyncs)}, streams ended early ${whole(emissions.endedEarly)}`,
    `- Warm-up: ${whole(warmup.writes)} writes (one per customer) before measuring, ${whole(warmup.missing)} deliveries missing`,
    '',
    'Latency is from just before the write is sent to the arrival of the first byte of the SSE event that lists its change, per subscriber. ' +
      "A change is matched to a write by the subscription's customer, its kind and entity, and its `changedAt` (one write per customer at a time). " +
      `Lost: a measured write answered without error that a subscriber of its customer had not received ${(deliveries.drainLimitMs / 1000).toFixed(0)} s after the last answer. ` +
      'RSS growth: at the end, subscribers still connected, minus before they connected.',
  ];
  const samples = [...writes.errorSamples, ...deliveries.lostSamples, ...emissions.samples];
  if (samples.length > 0) lines.push('', 'Samples:', '', ...samples.map((sample) => `- ${sample}`));
  return lines;
}
