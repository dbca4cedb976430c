import { readFlags } from '../stack/seed/readFlags';
import { GATEWAY_NAMES } from './gateways/gatewayTargets';
import type { GatewayName } from './gateways/gatewayTargets';
import { WORKLOAD_NAMES } from './workloads/workloads';
import type { WorkloadName } from './workloads/workloads';

export type Engine = 'auto' | 'postgres' | 'pglite';

export interface BenchOptions {
  quick: boolean;
  customers: number;
  seed: number;
  rounds: number;
  /** Requests per measured run (the KPI workload sends a quarter, each rejection case half). */
  requests: number;
  /** Requests before each measured run, not measured. */
  warmup: number;
  concurrency: number;
  workloads: WorkloadName[];
  /** The windows (days up to the data set's "now") the kpi workload's requests cycle through. */
  kpiDays: number[];
  gateways: GatewayName[];
  /** Folder the .md and .json results go to. */
  out: string;
  engine: Engine;
  /** A PostgreSQL server where this user may CREATE DATABASE. */
  postgresUrl: string;
  /**
   * Instead of the gateway comparison: the customer story through our gateway on a small and a large data set
   * (orders in each, roughly), each in databases of its own (bench/scale/runScale.ts).
   */
  scale: { small: number; large: number } | undefined;
  /** Where each gateway process writes a V8 CPU profile (node --cpu-prof) when it stops; none when undefined. */
  cpuProfileDir: string | undefined;
  /** Instead of the gateway comparison: live subscriptions through one gateway of ours (bench/live/runLive.ts). */
  live: LiveOptions | undefined;
  /** Redis for --live's change feed (REDIS_URL of the subgraph and gateway processes). */
  redisUrl: string;
  /** Instead of the gateway comparison: the console's budgets in a browser (bench/console/runConsoleBench.ts). */
  console: ConsoleBenchOptions | undefined;
  /**
   * Instead of the gateway comparison: `npm start`'s memory on a fresh data dir and on the same dir again
   * (bench/startMemory/runStartMemory.ts): `rounds` pairs of starts (1 unless --rounds); `customers` is SEED_CUSTOMERS,
   * npm start's default when undefined.
   */
  startMemory: { customers: number | undefined; rounds: number } | undefined;
}

/** `--console`: the console's bundle, page-ready and customer-page budgets (issue 12). */
export interface ConsoleBenchOptions {
  /** Customers searched in the browser, each once; as many again over plain HTTP for the baseline. */
  searches: number;
  /** Page loads measured cold (a new browser profile each) and as many warm (assets cached). */
  pageLoads: number;
  /** The Chromium the bench drives (playwright-core launches it; nothing is downloaded). */
  chromiumPath: string;
}

/** `--live`: subscribers on one gateway and writes through it (issue 11's workload by default). */
export interface LiveOptions {
  /** Customers the subscribers watch and the writes change. */
  customers: number;
  /** Subscriptions in all, the same number on every customer. */
  subscribers: number;
  /** Writes through the gateway per second, spread over the customers. */
  writesPerSecond: number;
  /** How long the measured writes go on. */
  durationSeconds: number;
}

export type ParsedBenchArgs =
  { kind: 'run'; options: BenchOptions } | { kind: 'help' } | { kind: 'invalid'; errors: string[] };

export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** The kpi workload's default windows: a month, a quarter, half a year and a year. */
export const DEFAULT_KPI_DAYS = [30, 90, 180, 365];

const FULL = { customers: 100_000, rounds: 3, requests: 2_000, concurrency: 20 };
const QUICK = { customers: 200, rounds: 1, requests: 100, concurrency: 10 };
/** Orders in the scale comparison's two data sets. */
const SCALE = { small: 10_000, large: 1_000_000 };
const QUICK_SCALE = { small: 300, large: 3_000 };
/** Issue 11: 2,000 subscribers over 200 customers, 20 writes/s for 60 s. */
const LIVE: LiveOptions = { customers: 200, subscribers: 2_000, writesPerSecond: 20, durationSeconds: 60 };
const QUICK_LIVE: LiveOptions = { customers: 5, subscribers: 50, writesPerSecond: 5, durationSeconds: 5 };
const CONSOLE = { searches: 20, pageLoads: 10 };
const QUICK_CONSOLE = { searches: 3, pageLoads: 2 };
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export const BENCH_HELP = `Benchmarks our gateway against plain @apollo/gateway (the baseline) and @graphql-hive/gateway over the same
five subgraphs and data set, and (the federation workload) over the public graphql-hive/graphql-gateways-benchmark's
four subgraphs and query, so that the figures can stand beside the published ones. The bench's own packages
(bench/package.json) are installed on first use.

Usage: npm run bench -- [options]

  --quick               small and fast (${QUICK.customers} customers, ${QUICK.rounds} round, ${QUICK.requests} requests, concurrency ${QUICK.concurrency}): a smoke test, not a measurement
  --customers N         data set size (default ${FULL.customers.toLocaleString('en')}); seeded once, reused while size and seed stay the same
  --seed N              data set seed (default 42)
  --rounds N            rounds; each runs every gateway once per workload, interleaved (default ${FULL.rounds})
  --requests N          requests per measured run (default ${FULL.requests.toLocaleString('en')}; kpi sends a quarter, each rejection case half)
  --warmup N            unmeasured requests before each run (default a fifth of --requests, 50 to 500; 20 with --quick)
  --concurrency N       connections at once (default ${FULL.concurrency})
  --workloads a,b       any of ${WORKLOAD_NAMES.join(', ')} (default all). federation runs on
                        a graph of its own (accounts, inventory, products, reviews in memory, nothing seeded) and
                        reports our gateway's CPU per request over the floor's (issue 13: at most ×4)
  --kpi-days a,b        the kpi workload's windows in days, its requests cycling through them (default ${DEFAULT_KPI_DAYS.join(',')};
                        365 holds every request to a year, issue 13's case)
  --gateways a,b        any of ${GATEWAY_NAMES.join(', ')} (default all; the baseline apollo is always run; ours runs
                        the cached workload as ours+cache, with ENTITY_CACHE=memory)
  --out DIR             where results go (default bench/results)
  --engine E            auto (PostgreSQL if reachable, else PGlite), postgres or pglite (default auto)
  --postgres-url URL    server for the c360_bench_* databases (default ${DEFAULT_POSTGRES_URL}, or $BENCH_POSTGRES_URL)
  --scale               instead of the gateway comparison: the story workload through our gateway on a small and a
                        large data set (${SCALE.small.toLocaleString('en')} and ${SCALE.large.toLocaleString('en')} orders; ${QUICK_SCALE.small} and ${QUICK_SCALE.large.toLocaleString('en')} with --quick), each seeded once
                        into databases of its own, and the large/small ratio of every figure
  --scale-orders S,L    orders in the small and the large data set of --scale
  --cpu-prof DIR        each gateway process writes a V8 CPU profile (node --cpu-prof) into DIR when it stops
  --live                instead of the gateway comparison: live subscriptions (customerChanged over SSE) on one
                        gateway of ours while writes go through it; write-to-delivery latency, events lost, gateway
                        CPU per delivered event and RSS growth, against issue 11's targets. Needs Redis (the change
                        feed between the subgraph and gateway processes). Defaults: ${LIVE.subscribers.toLocaleString('en')} subscribers over
                        ${LIVE.customers} customers, ${LIVE.writesPerSecond} writes/s for ${LIVE.durationSeconds} s (${QUICK_LIVE.subscribers} over ${QUICK_LIVE.customers}, ${QUICK_LIVE.writesPerSecond}/s for ${QUICK_LIVE.durationSeconds} s with --quick)
  --subscribers N       --live: subscriptions in all, a whole multiple of --live-customers
  --live-customers N    --live: customers watched and written to
  --writes-per-second N --live: writes through the gateway per second
  --duration S          --live: seconds of measured writes
  --redis-url URL       --live: the Redis for the change feed (default ${DEFAULT_REDIS_URL}, or $BENCH_REDIS_URL)
  --console             instead of the gateway comparison: the console's budgets (issue 12) on --customers: first-page
                        JavaScript gzipped, page ready after navigation (cold and warm) and the customer page complete
                        after a search, in Chromium, next to the same requests over plain HTTP. Writes
                        <out>/<YYYY-MM-DD>-console.md and .json
  --searches N          --console: customers searched, each once (default ${CONSOLE.searches}; ${QUICK_CONSOLE.searches} with --quick)
  --page-loads N        --console: page loads measured cold and as many warm (default ${CONSOLE.pageLoads}; ${QUICK_CONSOLE.pageLoads} with --quick)
  --chromium PATH       --console: the browser (default ${DEFAULT_CHROMIUM_PATH}, or $CHROMIUM_PATH)
  --start-memory        instead of the gateway comparison: \`npm start\`'s memory (issue 13: at most 450 MB resident
                        once ready on a fresh data dir, 300 MB when it reopens one). Starts the stack on a new data
                        dir, then again on the same dir, each until its ready line, sampling /proc: RSS at ready and
                        5 s later, peak (VmHWM), every helper process, time and CPU to ready. --rounds repeats it
                        (default 1); --customers sets SEED_CUSTOMERS (default: npm start's). Writes
                        <out>/<YYYY-MM-DD>-start-memory.md and .json
  -h, --help            this text

Writes <out>/<YYYY-MM-DD>.md and .json. Exit codes: 0 done, 1 failed, 2 bad arguments.`;

const VALUE_FLAGS = [
  '--customers',
  '--seed',
  '--rounds',
  '--requests',
  '--warmup',
  '--concurrency',
  '--workloads',
  '--kpi-days',
  '--gateways',
  '--out',
  '--engine',
  '--postgres-url',
  '--cpu-prof',
  '--scale-orders',
  '--subscribers',
  '--live-customers',
  '--writes-per-second',
  '--duration',
  '--redis-url',
  '--searches',
  '--page-loads',
  '--chromium',
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

/** Parses the command line, collecting every problem so one run reports them all. */
export function parseBenchArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedBenchArgs {
  const { help, values, switches, errors } = readFlags(argv, VALUE_FLAGS, [
    '--quick',
    '--scale',
    '--live',
    '--console',
    '--start-memory',
  ] as const);
  if (help) return { kind: 'help' };
  const quick = switches.has('--quick');
  const scale = switches.has('--scale');
  const live = switches.has('--live');
  const consoleRun = switches.has('--console');
  const startMemory = switches.has('--start-memory');

  const defaults = quick ? QUICK : FULL;
  const number = (flag: ValueFlag, fallback: number, min: number, max: number): number => {
    const raw = values[flag];
    if (raw === undefined) return fallback;
    const parsed = /^\d+$/.test(raw.replace(/_/g, '')) ? Number(raw.replace(/_/g, '')) : Number.NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      errors.push(
        `${flag} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, got '${raw}'`,
      );
      return fallback;
    }
    return parsed;
  };
  const list = <T extends string>(flag: ValueFlag, known: readonly T[]): T[] => {
    const raw = values[flag];
    if (raw === undefined) return [...known];
    const names = raw
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const unknown = names.filter((name) => !(known as readonly string[]).includes(name));
    if (unknown.length > 0 || names.length === 0) {
      errors.push(`${flag} takes a comma-separated list of ${known.join(', ')}; got '${raw}'`);
      return [...known];
    }
    return known.filter((name) => names.includes(name));
  };

  const requests = number('--requests', defaults.requests, 10, 10_000_000);
  const engine = values['--engine'] ?? 'auto';
  if (engine !== 'auto' && engine !== 'postgres' && engine !== 'pglite') {
    errors.push(`--engine must be auto, postgres or pglite, got '${engine}'`);
  }
  const postgresUrl = values['--postgres-url'] ?? env['BENCH_POSTGRES_URL'] ?? DEFAULT_POSTGRES_URL;
  if (!URL.canParse(postgresUrl) || !/^postgres(?:ql)?:$/.test(new URL(postgresUrl).protocol)) {
    errors.push(`--postgres-url must be a postgres:// URL, got '${postgresUrl}'`);
  }
  const gateways = list('--gateways', GATEWAY_NAMES);
  const scaleOrders = parseScaleOrders(values['--scale-orders'], quick ? QUICK_SCALE : SCALE, errors);
  if (values['--scale-orders'] !== undefined && !scale) errors.push('--scale-orders needs --scale');
  if (scale && live) errors.push('--scale and --live are two different runs: pass one of them');
  const liveDefaults = quick ? QUICK_LIVE : LIVE;
  const liveOptions: LiveOptions = {
    customers: number('--live-customers', liveDefaults.customers, 1, 10_000),
    subscribers: number('--subscribers', liveDefaults.subscribers, 1, 100_000),
    writesPerSecond: number('--writes-per-second', liveDefaults.writesPerSecond, 1, 10_000),
    durationSeconds: number('--duration', liveDefaults.durationSeconds, 1, 3_600),
  };
  const liveFlags = ['--subscribers', '--live-customers', '--writes-per-second', '--duration', '--redis-url'] as const;
  for (const flag of liveFlags) if (values[flag] !== undefined && !live) errors.push(`${flag} needs --live`);
  if (live && liveOptions.subscribers % liveOptions.customers !== 0) {
    errors.push(
      `--subscribers (${liveOptions.subscribers}) must be a whole multiple of --live-customers (${liveOptions.customers}): every customer gets as many subscribers`,
    );
  }
  if (consoleRun && (scale || live)) errors.push('--console is a run of its own: pass it without --scale or --live');
  if (startMemory && (scale || live || consoleRun))
    errors.push('--start-memory is a run of its own: pass it without --scale, --live or --console');
  for (const flag of ['--searches', '--page-loads', '--chromium'] as const)
    if (values[flag] !== undefined && !consoleRun) errors.push(`${flag} needs --console`);
  const consoleDefaults = quick ? QUICK_CONSOLE : CONSOLE;
  const consoleOptions: ConsoleBenchOptions = {
    searches: number('--searches', consoleDefaults.searches, 1, 1_000),
    pageLoads: number('--page-loads', consoleDefaults.pageLoads, 1, 100),
    chromiumPath: values['--chromium'] ?? env['CHROMIUM_PATH'] ?? DEFAULT_CHROMIUM_PATH,
  };
  const redisUrl = values['--redis-url'] ?? env['BENCH_REDIS_URL'] ?? DEFAULT_REDIS_URL;
  if (!URL.canParse(redisUrl) || !/^rediss?:$/.test(new URL(redisUrl).protocol)) {
    errors.push(`--redis-url must be a redis:// URL, got '${redisUrl}'`);
  }
  const options: BenchOptions = {
    quick,
    customers: number('--customers', defaults.customers, 5, 10_000_000),
    seed: number('--seed', 42, 0, 2 ** 31 - 1),
    rounds: number('--rounds', defaults.rounds, 1, 100),
    requests,
    warmup: number('--warmup', quick ? 20 : Math.min(500, Math.max(50, Math.round(requests / 5))), 0, 10_000_000),
    concurrency: number('--concurrency', defaults.concurrency, 1, 1_000),
    workloads: list('--workloads', WORKLOAD_NAMES),
    kpiDays: parseKpiDays(values['--kpi-days'], errors),
    // every ratio is to the baseline, so it always runs
    gateways: gateways.includes('apollo')
      ? gateways
      : GATEWAY_NAMES.filter((name) => name === 'apollo' || gateways.includes(name)),
    out: values['--out'] ?? 'bench/results',
    engine: engine as Engine,
    postgresUrl,
    cpuProfileDir: values['--cpu-prof'],
    scale: scale ? scaleOrders : undefined,
    live: live ? liveOptions : undefined,
    redisUrl,
    console: consoleRun ? consoleOptions : undefined,
    startMemory: undefined,
  };
  if (startMemory) {
    options.startMemory = {
      customers: values['--customers'] === undefined ? undefined : options.customers,
      rounds: values['--rounds'] === undefined ? 1 : options.rounds,
    };
  }
  if (live && liveOptions.customers > options.customers) {
    errors.push(
      `--live-customers (${liveOptions.customers}) cannot exceed the data set's --customers (${options.customers})`,
    );
  }
  return errors.length > 0 ? { kind: 'invalid', errors } : { kind: 'run', options };
}

/** `--kpi-days 30,365`: whole numbers of days from 1 to 3,660 (ten years), at least one. */
function parseKpiDays(raw: string | undefined, errors: string[]): number[] {
  if (raw === undefined) return [...DEFAULT_KPI_DAYS];
  const days = raw.split(',').map((part) => Number(part.trim()));
  if (days.length === 0 || days.some((day) => !Number.isInteger(day) || day < 1 || day > 3_660)) {
    errors.push(
      `--kpi-days must be whole numbers of days from 1 to 3660 separated by commas, e.g. 365 or 30,365; got '${raw}'`,
    );
    return [...DEFAULT_KPI_DAYS];
  }
  return days;
}

/** `--scale-orders 10000,1000000`: two whole numbers, the second larger. */
function parseScaleOrders(
  raw: string | undefined,
  fallback: { small: number; large: number },
  errors: string[],
): { small: number; large: number } {
  if (raw === undefined) return fallback;
  const [small, large, ...rest] = raw.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (
    rest.length > 0 ||
    small === undefined ||
    large === undefined ||
    !Number.isSafeInteger(small) ||
    !Number.isSafeInteger(large) ||
    small < 10 ||
    large <= small ||
    large > 30_000_000
  ) {
    errors.push(`--scale-orders takes two whole numbers, small then larger (up to 30,000,000), got '${raw}'`);
    return fallback;
  }
  return { small, large };
}
