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
      options: { quick: true, customers: 200, rounds: 1, requests: 200, concurrency: 10, warmup: 20 },
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
        "--workloads takes a comma-separated list of story, light, agent, kpi, rejections; got 'story,nope'",
      ],
    });
  });

  it('asks for a value a flag is missing', () => {
    expect(parseBenchArgs(['--out', '--quick'], {})).toEqual({
      kind: 'invalid',
      errors: ['--out needs a value (see --help)'],
    });
  });
});
