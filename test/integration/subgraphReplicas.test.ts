import { callerHeaders, DEV_SIGNING_SECRET, signRequest } from '../../platform/caller';
import { createScratchDatabase } from '../support/postgres';
import { startProcess, stopProcess, SUBGRAPH_READY } from '../support/processes';
import type { Child } from '../support/processes';
import { ENGINES } from '../support/testDatabases';

const BODY = JSON.stringify({ query: '{ _service { sdl } }' });

// Two replicas of crm as `npm run subgraph -- crm` runs them behind a load balancer: one database, one REDIS_URL.
// Nonces are 128 random bits, so the default key prefix cannot meet another test's keys; Redis drops them in 60 s.
(ENGINES.includes('postgres') ? describe : describe.skip)(
  'Subgraph replicas with REDIS_URL: a signed request accepted by one is refused by the other',
  () => {
    let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
    const replicas: Child[] = [];

    beforeAll(async () => {
      scratch = await createScratchDatabase();
      const env = { DATABASE_URL: scratch.url, PORT: '0', REDIS_URL: 'redis://127.0.0.1:6379' };
      // one after the other: the first applies the migrations
      for (let i = 0; i < 2; i++)
        replicas.push(await startProcess(['scripts/subgraph.ts', 'crm'], env, SUBGRAPH_READY));
    }, 120_000);
    afterAll(async () => {
      for (const replica of replicas) await stopProcess(replica);
      await scratch?.drop();
    });

    it('answers on the first replica, and refuses the same request on the second as a replay', async () => {
      const headers = {
        'content-type': 'application/json',
        ...callerHeaders({ userId: 'ana_dev', role: 'analyst', scopes: ['graph:read'] }),
      };
      const request = {
        method: 'POST',
        headers: { ...headers, ...signRequest(DEV_SIGNING_SECRET, { subgraph: 'crm', headers, body: BODY }) },
        body: BODY,
      };
      const [one, two] = replicas;
      const first = await fetch(one?.url ?? '', request);
      expect(first.status).toBe(200);
      const replay = await fetch(two?.url ?? '', request);
      expect(replay.status).toBe(401);
      expect(await replay.json()).toMatchObject({
        errors: [{ extensions: { code: 'UNAUTHENTICATED', service: 'crm', reason: 'replayed' } }],
      });
    });
  },
);
