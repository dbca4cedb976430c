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

/** Issue 5's target for the entity cache: at least `minRatio` × the baseline's req/s with no stale read. */
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
  /** Only in a --scale run. */
  scale?: ScaleSection;
  gateways: { name: string; label: string }[];
  skipped: { gateway: string; reason: string }[];
  workloads: WorkloadSummary[];
  runs: RunRecord[];
}
