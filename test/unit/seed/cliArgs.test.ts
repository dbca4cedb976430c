import { DEFAULT_DATA_DIR, parseSeedCommand } from '../../../stack/seed/cliArgs';

describe('seed command line', () => {
  it('reads every option, in both --flag value and --flag=value form', () => {
    expect(
      parseSeedCommand(
        ['--customers', '100_000', '--seed=7', '--as-of', '2026-11-01T00:00:00Z', '--reset', '--data-dir', '/tmp/x'],
        {},
      ),
    ).toEqual({
      kind: 'run',
      command: {
        customers: 100_000,
        seed: 7,
        asOf: new Date('2026-11-01T00:00:00Z'),
        reset: true,
        backfillReferences: false,
        dataDir: '/tmp/x',
        databaseUrls: {},
      },
    });
  });

  it('defaults to 1,000 customers, seed 42, the current hour and the shared data dir (DATA_DIR overrides it)', () => {
    expect(parseSeedCommand([], {})).toEqual({
      kind: 'run',
      command: {
        customers: 1000,
        seed: 42,
        asOf: undefined,
        reset: false,
        backfillReferences: false,
        dataDir: DEFAULT_DATA_DIR,
        databaseUrls: {},
      },
    });
    const parsed = parseSeedCommand([], { DATA_DIR: '/var/data', ORDERS_DATABASE_URL: 'postgres://u@h/orders' });
    expect(parsed).toMatchObject({
      kind: 'run',
      command: { dataDir: '/var/data', databaseUrls: { orders: 'postgres://u@h/orders' } },
    });
  });

  it('reads --backfill-references, which seeds nothing and only copies the reference ids', () => {
    expect(parseSeedCommand(['--backfill-references'], {})).toMatchObject({
      kind: 'run',
      command: { backfillReferences: true, reset: false },
    });
  });

  it('reports every bad argument at once, each with what would be accepted', () => {
    expect(
      parseSeedCommand(['--customers', 'abc', '--seed', '1.5', '--as-of', '2026-11-01', '--colour'], {
        CRM_DATABASE_URL: 'mysql://x',
      }),
    ).toEqual({
      kind: 'invalid',
      errors: [
        "unknown argument '--colour' (see --help)",
        "--customers must be a whole number from 5 to 10000000 (the 5 scenario customers are always included), got 'abc'",
        "--seed must be a whole number, e.g. --seed 42, got '1.5'",
        "--as-of must be an ISO instant with a time zone, e.g. 2026-11-01T00:00:00Z, got '2026-11-01'",
        'CRM_DATABASE_URL ("mysql://x"): must be a postgres:// or postgresql:// connection string. Set it to the crm subgraph\'s PostgreSQL database, or unset it to use the embedded one.',
      ],
    });
    expect(parseSeedCommand(['--customers'], {})).toEqual({
      kind: 'invalid',
      errors: ['--customers needs a value (see --help)'],
    });
    expect(parseSeedCommand(['--customers', '20000000'], {})).toMatchObject({ kind: 'invalid' });
  });

  it('answers --help before looking at anything else', () => {
    expect(parseSeedCommand(['--customers', 'abc', '--help'], {})).toEqual({ kind: 'help' });
  });
});
