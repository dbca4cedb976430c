import { listenSubgraph } from '../../../subgraphs/shared';
import type { Db, SubgraphJobsEnv, SubgraphModule } from '../../../subgraphs/shared';
import { ticketsModule } from '../../../subgraphs/tickets/module';
import type { TicketsContext } from '../../../subgraphs/tickets/context';
import { ConfigError } from '../../../platform/settings';

// the server never queries it here: the jobs below are fakes, and the bad variable stops the real ones first
const NO_DB = {} as Db;

describe('listenSubgraph: a module’s scheduled jobs', () => {
  it('starts them with the database, an announcer and their variables, and stops them before the server', async () => {
    const steps: string[] = [];
    let env: SubgraphJobsEnv | undefined;
    const module: SubgraphModule<TicketsContext> = {
      ...ticketsModule,
      startJobs(given) {
        env = given;
        steps.push('started');
        return { stop: async () => void steps.push('stopped') };
      },
    };
    const running = await listenSubgraph(module, NO_DB, {
      port: 0,
      security: { mode: 'unsecured' },
      jobVariables: { SLA_SCAN_INTERVAL_MS: '500' },
    });
    expect(steps).toEqual(['started']);
    expect(env?.db).toBe(NO_DB);
    expect(env?.variables).toEqual({ SLA_SCAN_INTERVAL_MS: '500' });
    // with no invalidation publisher or feed configured, announcing is a no-op that resolves
    await expect(env?.announce({ kind: 'SLA_DEADLINE', entities: [] })).resolves.toBeUndefined();
    await running.stop();
    expect(steps).toEqual(['started', 'stopped']);
  });

  it('refuses to start the tickets subgraph with a bad SLA_SCAN_INTERVAL_MS, naming the fix', async () => {
    const started = listenSubgraph(ticketsModule, NO_DB, {
      port: 0,
      security: { mode: 'unsecured' },
      jobVariables: { SLA_SCAN_INTERVAL_MS: 'often' },
    });
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(/SLA_SCAN_INTERVAL_MS.*must be a whole number/s);
  });
});
