import { parseBenchArgs } from '../../../bench/benchArgs';

describe('npm run bench arguments', () => {
  it('runs the full benchmark by default and a small one with --quick', () => {
    const full = parseBenchArgs([], {});
    expect(full).toMatchObject({
      kind: 'run',
      options: { quick: false, customers: 100_000, rounds: 3, concurrency: 20, gateways: ['ours', 'apollo', 'hive'] },
    });
    expect(parseBenchArgs(['--quick'], {})).toMatchObject({
      kind: 'run',
      options: { quick: true, customers: 200, rounds: 1, requests: 100, concurrency: 10, warmup: 20 },
    });
  });

  it('takes values after a space or an equals sign, and always keeps the baseline', () => {
    const parsed = parseBenchArgs(
      ['--customers=5000', '--rounds', '5', '--workloads', 'story,kpi', '--gateways', 'ours'],
      {},
    );
    expect(parsed).toMatchObject({
      kind: 'run',
      options: { customers: 5000, rounds: 5, workloads: ['story', 'kpi'], gateways: ['ours', 'apollo'] },
    });
  });

  it('reports every bad argument at once, naming what it accepts', () => {
    const parsed = parseBenchArgs(
      ['--rounds', '0', '--workloads', 'story,nope', '--engine', 'mysql', '--requests', 'lots', '--colour'],
      {},
    );
    expect(parsed).toEqual({
      kind: 'invalid',
      errors: [
        "unknown argument '--colour' (see --help)",
        "--requests must be a whole number from 10 to 10,000,000, got 'lots'",
        "--engine must be auto, postgres or pglite, got 'mysql'",
        "--rounds must be a whole number from 1 to 100, got '0'",
        "--workloads takes a comma-separated list of story, light, agent, kpi, cached, rejections, federation; got 'story,nope'",
      ],
    });
  });

  it('asks for a value a flag is missing', () => {
    expect(parseBenchArgs(['--out', '--quick'], {})).toEqual({
      kind: 'invalid',
      errors: ['--out needs a value (see --help)'],
    });
  });

  it('compares a small and a large data set with --scale: 10,000 and 1,000,000 orders, fewer with --quick', () => {
    expect(parseBenchArgs([], {})).toMatchObject({ kind: 'run', options: { scale: undefined } });
    expect(parseBenchArgs(['--scale'], {})).toMatchObject({
      kind: 'run',
      options: { scale: { small: 10_000, large: 1_000_000 } },
    });
    expect(parseBenchArgs(['--scale', '--quick'], {})).toMatchObject({
      kind: 'run',
      options: { scale: { small: 300, large: 3_000 } },
    });
    expect(parseBenchArgs(['--scale', '--scale-orders', '20_000,2_000_000'], {})).toMatchObject({
      kind: 'run',
      options: { scale: { small: 20_000, large: 2_000_000 } },
    });
  });

  it('refuses scale sizes that are not two growing numbers, and --scale-orders without --scale', () => {
    expect(parseBenchArgs(['--scale', '--scale-orders', '5000,100'], {})).toEqual({
      kind: 'invalid',
      errors: ["--scale-orders takes two whole numbers, small then larger (up to 30,000,000), got '5000,100'"],
    });
    expect(parseBenchArgs(['--scale-orders', '100,5000'], {})).toEqual({
      kind: 'invalid',
      errors: ['--scale-orders needs --scale'],
    });
  });

  it("runs issue 11's live workload with --live, a small one with --quick, each figure a flag", () => {
    expect(parseBenchArgs([], {})).toMatchObject({ kind: 'run', options: { live: undefined } });
    expect(parseBenchArgs(['--live'], {})).toMatchObject({
      kind: 'run',
      options: {
        live: { customers: 200, subscribers: 2_000, writesPerSecond: 20, durationSeconds: 60 },
        redisUrl: 'redis://127.0.0.1:6379',
      },
    });
    expect(parseBenchArgs(['--live', '--quick'], {})).toMatchObject({
      kind: 'run',
      options: { live: { customers: 5, subscribers: 50, writesPerSecond: 5, durationSeconds: 5 } },
    });
    const custom = [
      '--live',
      '--subscribers',
      '300',
      '--live-customers',
      '30',
      '--writes-per-second',
      '5',
      '--duration',
      '10',
    ];
    expect(parseBenchArgs(custom, { BENCH_REDIS_URL: 'redis://10.0.0.1:6380' })).toMatchObject({
      kind: 'run',
      options: {
        live: { customers: 30, subscribers: 300, writesPerSecond: 5, durationSeconds: 10 },
        redisUrl: 'redis://10.0.0.1:6380',
      },
    });
  });

  it('refuses live settings that do not fit together, and live flags without --live', () => {
    expect(parseBenchArgs(['--live', '--subscribers', '25', '--live-customers', '10', '--scale'], {})).toEqual({
      kind: 'invalid',
      errors: [
        '--scale and --live are two different runs: pass one of them',
        '--subscribers (25) must be a whole multiple of --live-customers (10): every customer gets as many subscribers',
      ],
    });
    expect(parseBenchArgs(['--live', '--quick', '--live-customers', '300'], {})).toEqual({
      kind: 'invalid',
      errors: [
        '--subscribers (50) must be a whole multiple of --live-customers (300): every customer gets as many subscribers',
        "--live-customers (300) cannot exceed the data set's --customers (200)",
      ],
    });
    expect(parseBenchArgs(['--duration', '5', '--redis-url', 'http://x'], {})).toEqual({
      kind: 'invalid',
      errors: [
        '--duration needs --live',
        '--redis-url needs --live',
        "--redis-url must be a redis:// URL, got 'http://x'",
      ],
    });
  });

  it('profiles the gateways into a folder with --cpu-prof', () => {
    expect(parseBenchArgs(['--cpu-prof', '/tmp/profiles'], {})).toMatchObject({
      kind: 'run',
      options: { cpuProfileDir: '/tmp/profiles' },
    });
    expect(parseBenchArgs([], {})).toMatchObject({ kind: 'run', options: { cpuProfileDir: undefined } });
  });

  it("measures npm start's memory with --start-memory: one round on npm start's own data set unless told", () => {
    expect(parseBenchArgs(['--start-memory'], {})).toMatchObject({
      kind: 'run',
      options: { startMemory: { customers: undefined, rounds: 1 } },
    });
    expect(parseBenchArgs(['--start-memory', '--customers', '2000', '--rounds', '3'], {})).toMatchObject({
      kind: 'run',
      options: { startMemory: { customers: 2000, rounds: 3 } },
    });
    expect(parseBenchArgs([], {})).toMatchObject({ kind: 'run', options: { startMemory: undefined } });
    expect(parseBenchArgs(['--start-memory', '--live'], {})).toEqual({
      kind: 'invalid',
      errors: ['--start-memory is a run of its own: pass it without --scale, --live or --console'],
    });
  });

  it('cycles the kpi workload through a month to a year, or through the --kpi-days asked for', () => {
    expect(parseBenchArgs([], {})).toMatchObject({ kind: 'run', options: { kpiDays: [30, 90, 180, 365] } });
    expect(parseBenchArgs(['--kpi-days', '365'], {})).toMatchObject({ kind: 'run', options: { kpiDays: [365] } });
    expect(parseBenchArgs(['--kpi-days=7, 365'], {})).toMatchObject({ kind: 'run', options: { kpiDays: [7, 365] } });
    for (const bad of ['0', 'year', '30,,365', '1.5', '99999']) {
      expect(parseBenchArgs(['--kpi-days', bad], {})).toEqual({
        kind: 'invalid',
        errors: [
          `--kpi-days must be whole numbers of days from 1 to 3660 separated by commas, e.g. 365 or 30,365; got '${bad}'`,
        ],
      });
    }
  });
});
