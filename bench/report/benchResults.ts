/** The figures of one measured run. null: not measured for this subject (the floor has no gateway process). */
export interface RunMetrics {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  errors: number;
  cpuMsPerRequest: number | null;
  peakRssMb: number | null;
  fetchesPerRequest: number | null;
}

export type MetricName = keyof RunMetrics;

export const METRICS: readonly { name: MetricName; heading: string; digits: number }[] = [
  { name: 'requestsPerSecond', heading: 'req/s', digits: 0 },
  { name: 'latencyP50Ms', heading: 'p50 ms', digits: 1 },
  { name: 'latencyP99Ms', heading: 'p99 ms', digits: 1 },
  { name: 'errors', heading: 'errors', digits: 0 },
  { name: 'cpuMsPerRequest', heading: 'CPU ms/req', digits: 2 },
  { name: 'peakRssMb', heading: 'peak RSS MB', digits: 0 },
  { name: 'fetchesPerRequest', heading: 'fetches/req', digits: 1 },
];

export interface RunRecord extends RunMetrics {
  workload: string;
  /** A gateway name, `floor`, or a rejection case. */
  subject: string;
  round: number;
  requests: number;
  statusCounts: Record<string, number>;
  errorSamples: string[];
  /** Workloads that check reads after writes: reads checked, those that did not show the write, a few of them. */
  staleReads?: { checked: number; stale: number; samples: string[] };
}

/** Stale reads of one subject over all its rounds. */
export interface StaleReads {
  subject: string;
  checked: number;
  stale: number;
}

/** Issue 13's target for the cached workload (issue 5 had ×5): at least `minRatio` × the baseline's req/s with no stale read. */
export interface CacheTarget {
  subject: string;
  minRatio: number;
  /** The subject's median req/s over the baseline's; null when either is missing. */
  ratio: number | null;
  stale: number;
  met: boolean;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export interface SubjectSummary {
  subject: string;
  label: string;
  metrics: Record<MetricName, Spread | null>;
  /** Each median divided by the reference's median (null when either is missing or the reference is 0). */
  ratios: Record<MetricName, number | null>;
}

export interface WorkloadSummary {
  workload: string;
  title: string;
  /** The subject ratios are relative to: the baseline gateway, or the valid request among rejections. */
  reference: string;
  subjects: SubjectSummary[];
  /** Only for workloads that check reads after writes. */
  staleReads?: StaleReads[];
  target?: CacheTarget;
  /** Only for workloads with a floor and our gateway: its CPU per request over the floor's. */
  floorCpu?: FloorCpu;
}

/** Our gateway's CPU per request (median over the rounds) over the floor's, and the workload's target if it has one. */
export interface FloorCpu {
  subject: string;
  subjectMs: number;
  floorMs: number;
  ratio: number;
  /**
   * Subgraph requests per query of each (medians). Fewer for the subject means identical queries in flight shared
   * one call (dedup), which the floor never does: the ratio is then not of the same work.
   */
  subjectFetches: number | null;
  floorFetches: number | null;
  /** The largest ratio the workload's target allows (issue 13: 4 on the federation workload). */
  maxRatio?: number;
  met?: boolean;
}

/** The federation workload's graph (bench/federationBench): what it holds and how its query plans. */
export interface FederationSection {
  subgraphs: string[];
  data: { users: number; products: number; reviews: number };
  /** Bytes of the baseline's answer to the query: the public benchmark received about 87,800 per request. */
  responseBytes: number;
  /** Subgraph requests the query plan sends (the floor's capture), and in how many stages. */
  fetchesPerQuery: number;
  stages: number;
  /** Only the federation workload ran: our five subgraphs and data set were not started. */
  alone: boolean;
}

export interface BenchMeta {
  date: string;
  quick: boolean;
  node: string;
  cpus: string;
  memoryGb: number;
  loadAverageAtStart: number[];
  commit: string | null;
  storage: string;
  dataset: { customers: number; seed: number; asOf: string; reused: boolean };
  rounds: number;
  requests: number;
  warmup: number;
  concurrency: number;
  durationSeconds: number;
}

/** One data set of the scale comparison (`--scale`). */
export interface ScaleDataset {
  /** `small` or `large`: the subject of its runs. */
  name: string;
  /** Orders asked for; `orders` is what the data set really holds. */
  targetOrders: number;
  customers: number;
  orders: number;
  storage: string;
  reused: boolean;
}

/** `--scale`: the story through our gateway on two data sets; its table is the `scale` workload summary. */
export interface ScaleSection {
  datasets: ScaleDataset[];
  /** The largest large/small ratio of p50 and p99 latency the goal allows. */
  allowedRatio: number;
}

export interface BenchResults {
  meta: BenchMeta;
  /** Only when the federation workload ran. */
  federation?: FederationSection;
  /** Only in a --scale run. */
  scale?: ScaleSection;
  /** Only in a --live run (its workloads and runs are empty). */
  live?: LiveSection;
  gateways: { name: string; label: string }[];
  skipped: { gateway: string; reason: string }[];
  workloads: WorkloadSummary[];
  runs: RunRecord[];
}

/** One of issue 11's targets for live subscriptions, with what was measured. */
export interface LiveTarget {
  name: 'p99' | 'lost' | 'rssGrowth';
  /** In words: `p99 write→delivery ≤ 1,000 ms`. */
  label: string;
  limit: number;
  /** null: not measured (nothing was delivered, or no /proc). */
  measured: number | null;
  met: boolean;
}

/** `--live`: customerChanged subscribers on one gateway of ours while writes go through it (bench/live/runLive.ts). */
export interface LiveSection {
  settings: {
    customers: number;
    subscribers: number;
    subscribersPerCustomer: number;
    writesPerSecond: number;
    durationSeconds: number;
    /** Distinct callers (tokens) the subscribers are spread over, and at most how many subscriptions each holds. */
    callers: number;
    subscriptionsPerCaller: number;
    /** Where the change feed runs (Redis, with the run's key prefix). */
    feed: string;
    /** The gateway's ENTITY_CACHE. */
    entityCache: string;
    /** The subscription document. */
    query: string;
  };
  writes: {
    /** Measured writes sent, and of those answered without error / with one. */
    sent: number;
    ok: number;
    failed: number;
    byKind: Record<string, number>;
    /** Writes sent later than their slot (every customer had one in flight). */
    late: number;
    /** Sent per second over the measured phase. */
    perSecond: number;
    errorSamples: string[];
  };
  deliveries: {
    /** Measured writes answered without error × the subscribers of each one's customer. */
    expected: number;
    delivered: number;
    lost: number;
    lostSamples: string[];
    /** ms from a write's send to a subscriber's receipt of the emission that lists its change. */
    latencyMs: { p50: number; p90: number; p99: number; max: number } | null;
    /** How long the bench waited after the last write's answer for the last deliveries, and at most would have. */
    drainMs: number;
    drainLimitMs: number;
  };
  /** What the subscribers received, all emissions of the run (warm-up included). */
  emissions: {
    count: number;
    changes: number;
    /** Changes of kinds the bench does not write (queue changes, SLA deadlines). */
    otherChanges: number;
    /** Changes of a written kind no write explains. Must be 0. */
    unmatched: number;
    /** A change listed twice to one subscriber. Must be 0. */
    duplicates: number;
    resyncs: number;
    withErrors: number;
    /** Streams that ended before the bench closed them. Must be 0. */
    endedEarly: number;
    samples: string[];
  };
  /** Before the warm-up: every subscriber received a write on its customer (or how many did not). */
  warmup: { writes: number; missing: number };
  gateway: {
    /** utime + stime from /proc over the measured writes and the drain. */
    cpuMs: number | null;
    cpuMsPerDeliveredEvent: number | null;
    /** VmRSS before the subscribers connected, once they had, at the end (still connected), and the peak. */
    rssBeforeMb: number | null;
    rssSubscribedMb: number | null;
    rssEndMb: number | null;
    rssPeakMb: number | null;
    rssGrowthMb: number | null;
    /** After the subscribers disconnected. */
    rssAfterCloseMb: number | null;
  };
  targets: LiveTarget[];
}
