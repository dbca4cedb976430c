import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent } from 'undici';
import { mintDevToken } from '../../gateway/auth/devToken';
import type { BenchOptions, LiveOptions } from '../benchArgs';
import { chooseStorage } from '../chooseStorage';
import { GATEWAY_TARGETS, startGateway } from '../gateways/gatewayTargets';
import { cpuMs, rssBytes, sampleRss } from '../procStats';
import type { BenchResults, LiveSection } from '../report/benchResults';
import { writeResults } from '../report/writeResults';
import { BENCH_AS_OF, benchMeta } from '../runBench';
import type { BenchRun } from '../runBench';
import { spawnSubgraphHost } from '../subgraphHost/spawnSubgraphHost';
import type { RunningSubgraphHost } from '../subgraphHost/spawnSubgraphHost';
import { DeliveryMatcher } from './deliveryMatcher';
import { latencySummary, liveTargets } from './liveGoals';
import { openSubscriber } from './liveSubscriber';
import type { LiveSubscriber } from './liveSubscriber';
import { openRunRedis } from './runRedis';
import { prepareWatchedCustomers } from './watchedCustomers';
import { WriteDriver } from './writeDriver';

/**
 * Subscriptions one caller holds: half the gateway's default LIVE_MAX_SUBSCRIPTIONS_PER_CALLER (100), so the bench
 * runs the gateway as deployed, with its limits, and the subscribers are spread over many callers (agents).
 */
export const SUBSCRIPTIONS_PER_CALLER = 50;
/** After the last write's answer, how long the last deliveries may take before they count as lost. */
const DRAIN_MS = 10_000;
/** How long the warm-up's deliveries may take: they show every subscription is live before anything is measured. */
const WARMUP_WAIT_MS = 30_000;
/** Subscriptions opened at once while connecting. */
const CONNECT_AT_ONCE = 100;
const ENDED_SAMPLES_KEPT = 5;
const MB = 1024 * 1024;
/** The gateway's entity cache in this run: as a gateway with REDIS_URL runs by default. */
const ENTITY_CACHE = 'redis';
/** Of the watched customers, the share picked among those with a parcel or an order still moving. */
const ACTIVE_SHARE = 0.25;
/** The most ids the subgraph host's /sample answers. */
const MAX_SAMPLE = 100_000;

const QUERY = readFileSync(join(__dirname, 'customerChanged.graphql'), 'utf8');

/**
 * `--live`: customerChanged subscribers (SSE, graphql-sse's distinct-connections mode) on one gateway of ours, while
 * writes go through the same gateway at a steady rate. The subgraphs run in their own process as in the comparison,
 * so the change feed between them and the gateway is a Redis stream (a key prefix of this run's own). Measures
 * write→delivery latency per subscriber, events lost, the gateway's CPU per delivered event and its RSS growth.
 */
export async function runLive(options: BenchOptions, log: (line: string) => void): Promise<BenchRun> {
  const live = options.live;
  if (!live) throw new Error('invariant: runLive needs options.live');
  const started = Date.now();
  const runId = Date.now().toString(36);
  const redis = await openRunRedis(options.redisUrl, runId);
  const stops: (() => Promise<void>)[] = [
    async () => {
      const deleted = await redis.clear();
      log(`redis: deleted the run's ${deleted} keys under ${redis.prefix}`);
      redis.close();
    },
  ];
  try {
    const storage = await chooseStorage(options, log);
    log(`subgraphs: starting (${options.customers.toLocaleString('en')} customers, seed ${options.seed})`);
    const host = await spawnSubgraphHost({
      storage,
      dataset: { customers: options.customers, seed: options.seed, asOf: BENCH_AS_OF },
      auth: { mode: 'off' },
      onLine: (line) => log(`subgraphs: ${line}`),
      changes: { redisUrl: redis.url, prefix: redis.prefix },
    });
    stops.push(() => host.stop());
    const gateway = await startGateway(GATEWAY_TARGETS.ours, host.subgraphUrls, {
      ...(options.cpuProfileDir ? { cpuProfileDir: resolve(options.cpuProfileDir) } : {}),
      env: { REDIS_URL: redis.url, ENTITY_CACHE_PREFIX: redis.prefix, ENTITY_CACHE },
      onLine: (line) => {
        if (!line.startsWith('{"level":30')) log(`gateway: ${line}`);
      },
    });
    stops.push(() => gateway.stop());
    log(`gateway: ready at ${gateway.url} (pid ${gateway.pid})`);

    const writer = `Bearer ${await mintDevToken({ role: 'agent' })}`;
    const customerIds = await watchedCustomerIds(host, live.customers, options.seed);
    log(`customers: opening a ticket for each of ${customerIds.length} and reading their orders`);
    const customers = await prepareWatchedCustomers(gateway.url, writer, customerIds, runId);
    const moving = customers.filter((customer) => customer.shipments.length + customer.cancellableOrderIds.length > 0);
    log(`customers: ${moving.length} of them with a parcel or an order still moving`);
    const rssBefore = rssBytes(gateway.pid);
    const rss = sampleRss(gateway.pid, 500);

    const matcher = new DeliveryMatcher();
    const dispatcher = new Agent({ connections: null, bodyTimeout: 0, headersTimeout: 60_000 });
    stops.push(() => dispatcher.close());
    const subscribers: LiveSubscriber[] = [];
    stops.push(async () => {
      for (const subscriber of subscribers) subscriber.close();
    });
    const ended: string[] = [];
    let endedCount = 0;
    const perCustomer = live.subscribers / customers.length;
    const callers = Math.ceil(live.subscribers / SUBSCRIPTIONS_PER_CALLER);
    const tokens = await Promise.all(
      Array.from(
        { length: callers },
        async (_, n) => `Bearer ${await mintDevToken({ role: 'agent', sub: `agt_live_${n + 1}` })}`,
      ),
    );
    log(
      `subscribers: connecting ${live.subscribers.toLocaleString('en')} (${perCustomer} per customer, ${callers} callers)`,
    );
    const order = customers.flatMap(({ customerId }) => Array.from({ length: perCustomer }, () => customerId));
    for (let start = 0; start < order.length; start += CONNECT_AT_ONCE) {
      const batch = order.slice(start, start + CONNECT_AT_ONCE).map((customerId, offset) => {
        const index = matcher.addSubscriber(customerId);
        const subscriber = openSubscriber({
          dispatcher,
          url: `${gateway.url}/stream`,
          authorization: tokens[Math.floor((start + offset) / SUBSCRIPTIONS_PER_CALLER)] as string,
          query: QUERY,
          customerId,
          onEmission: (emission) => matcher.onEmission(index, emission),
          onEnd: (reason) => {
            endedCount += 1;
            if (ended.length < ENDED_SAMPLES_KEPT) ended.push(`subscriber ${index} of ${customerId}: ${reason}`);
          },
        });
        subscribers.push(subscriber);
        return subscriber.accepted;
      });
      const refused = (await Promise.allSettled(batch)).find((result) => result.status === 'rejected');
      if (refused?.status === 'rejected') {
        throw new Error(
          `the gateway refused a subscription: ${refused.reason instanceof Error ? refused.reason.message : String(refused.reason)}`,
        );
      }
    }
    const rssSubscribed = rssBytes(gateway.pid);
    log(
      `subscribers: all ${subscribers.length.toLocaleString('en')} accepted; gateway RSS ${mb(rssSubscribed)} MB (was ${mb(rssBefore)} MB)`,
    );

    const driver = new WriteDriver(gateway.url, writer, customers, matcher, runId);
    log(`warm-up: one write per customer, until all ${perCustomer} subscribers of each have it`);
    const warmupWrites = await driver.run(customers.length, live.writesPerSecond, false);
    const answeredWarmup = warmupWrites.filter(({ ok }) => ok);
    const warmupDeadline = Date.now() + WARMUP_WAIT_MS;
    while (matcher.missing(answeredWarmup) > 0 && Date.now() < warmupDeadline) await sleep(100);
    const warmupMissing = matcher.missing(answeredWarmup);
    if (warmupMissing > 0 || answeredWarmup.length < warmupWrites.length) {
      log(
        `warm-up: ${warmupMissing} deliveries missing after ${WARMUP_WAIT_MS / 1000} s, ${warmupWrites.length - answeredWarmup.length} writes failed: ` +
          [...driver.report().errorSamples, ...matcher.tally().samples, ...ended].join(' | '),
      );
    }

    const count = Math.round(live.writesPerSecond * live.durationSeconds);
    log(`measured: ${count.toLocaleString('en')} writes at ${live.writesPerSecond}/s for ${live.durationSeconds} s`);
    const cpuBefore = cpuMs(gateway.pid);
    const progress = setInterval(() => {
      const outcome = matcher.outcome();
      log(
        `  … ${outcome.writes + outcome.failedWrites} writes answered, ${outcome.delivered.toLocaleString('en')} deliveries`,
      );
    }, 10_000);
    const measuredStarted = Date.now();
    const writes = await driver.run(count, live.writesPerSecond, true).finally(() => clearInterval(progress));
    const sendingMs = Date.now() - measuredStarted;
    const answered = writes.filter(({ ok }) => ok);
    const drainStarted = Date.now();
    while (matcher.missing(answered) > 0 && Date.now() - drainStarted < DRAIN_MS) await sleep(50);
    const drainMs = Date.now() - drainStarted;
    const cpuAfter = cpuMs(gateway.pid);
    const rssEnd = rssBytes(gateway.pid);
    const rssPeak = rss.peakBytes();
    rss.stop();

    for (const subscriber of subscribers) subscriber.close();
    await sleep(1_000);
    const rssAfterClose = rssBytes(gateway.pid);

    const outcome = matcher.outcome();
    const tally = matcher.tally();
    const report = driver.report();
    const latencyMs = latencySummary(outcome.latenciesMs);
    const cpu = cpuBefore === undefined || cpuAfter === undefined ? null : cpuAfter - cpuBefore;
    const rssGrowthMb = rssBefore === undefined || rssEnd === undefined ? null : (rssEnd - rssBefore) / MB;
    const byKind: Record<string, number> = {};
    for (const { kind } of writes) byKind[kind] = (byKind[kind] ?? 0) + 1;
    const deliveries: LiveSection['deliveries'] = {
      expected: outcome.expected,
      delivered: outcome.delivered,
      lost: outcome.lost,
      lostSamples: outcome.lostSamples,
      latencyMs,
      drainMs,
      drainLimitMs: DRAIN_MS,
    };
    const section: LiveSection = {
      settings: {
        ...settingsOf(live, perCustomer, callers),
        feed: `Redis stream ${redis.prefix}changes at ${new URL(redis.url).host}`,
        entityCache: ENTITY_CACHE,
        query: QUERY,
      },
      writes: {
        sent: writes.length,
        ok: outcome.writes,
        failed: outcome.failedWrites,
        byKind,
        late: report.late,
        perSecond: writes.length / (sendingMs / 1000),
        errorSamples: report.errorSamples,
      },
      deliveries,
      emissions: {
        count: tally.emissions,
        changes: tally.changes,
        otherChanges: tally.otherChanges,
        unmatched: tally.unmatched,
        duplicates: tally.duplicates,
        resyncs: tally.resyncs,
        withErrors: tally.errorEmissions,
        endedEarly: endedCount,
        samples: [...tally.samples, ...ended],
      },
      warmup: { writes: warmupWrites.length, missing: warmupMissing },
      gateway: {
        cpuMs: cpu,
        cpuMsPerDeliveredEvent: cpu === null || outcome.delivered === 0 ? null : cpu / outcome.delivered,
        rssBeforeMb: mbOrNull(rssBefore),
        rssSubscribedMb: mbOrNull(rssSubscribed),
        rssEndMb: mbOrNull(rssEnd),
        rssPeakMb: mbOrNull(rssPeak),
        rssGrowthMb,
        rssAfterCloseMb: mbOrNull(rssAfterClose),
      },
      targets: liveTargets(deliveries, rssGrowthMb),
    };
    const results: BenchResults = {
      meta: benchMeta(options, started, {
        storage: host.child.ready.storage,
        dataset: { customers: options.customers, reused: host.child.ready.dataset === 'reused' },
      }),
      gateways: [{ name: 'ours', label: `${GATEWAY_TARGETS.ours.label} with ENTITY_CACHE=${ENTITY_CACHE}` }],
      skipped: [],
      live: section,
      workloads: [],
      runs: [],
    };
    return { results, files: writeResults(options.out, results) };
  } finally {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
  }
}

/**
 * A quarter of the customers with a parcel or an order still moving (for the parcel events and cancellations; few
 * seeded customers have one), the rest any customers; each set picked by hash, so a seed watches the same ones.
 */
async function watchedCustomerIds(host: RunningSubgraphHost, size: number, seed: number): Promise<string[]> {
  const key = `bench-live-${seed}`;
  const active = await host.activeCustomers(Math.ceil(size * ACTIVE_SHARE), key);
  const sample = await host.sample(Math.min(size + active.length, MAX_SAMPLE), key);
  const rest = sample.customerIds.filter((id) => !active.includes(id));
  return [...active, ...rest].slice(0, size);
}

function settingsOf(live: LiveOptions, perCustomer: number, callers: number) {
  return {
    customers: live.customers,
    subscribers: live.subscribers,
    subscribersPerCustomer: perCustomer,
    writesPerSecond: live.writesPerSecond,
    durationSeconds: live.durationSeconds,
    callers,
    subscriptionsPerCaller: SUBSCRIPTIONS_PER_CALLER,
  };
}

const mb = (bytes: number | undefined) => (bytes === undefined ? '?' : String(Math.round(bytes / MB)));
const mbOrNull = (bytes: number | undefined) => (bytes === undefined ? null : bytes / MB);
