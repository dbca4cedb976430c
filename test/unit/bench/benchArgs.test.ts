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
        "--workloads takes a comma-separated list of story, light, agent, kpi, cached, rejections; got 'story,nope'",
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

  it('profiles the gateways into a folder with --cpu-prof', () => {
    expect(parseBenchArgs(['--cpu-prof', '/tmp/profiles'], {})).toMatchObject({
      kind: 'run',
      options: { cpuProfileDir: '/tmp/profiles' },
    });
    expect(parseBenchArgs([], {})).toMatchObject({ kind: 'run', options: { cpuProfileDir: undefined } });
  });
});
