import { randomBytes } from 'node:crypto';
import { mintDevToken } from '../../gateway/auth/devToken';
import { GATEWAY_TARGETS, startGateway } from '../../bench/gateways/gatewayTargets';
import type { RunningGateway } from '../../bench/gateways/gatewayTargets';
import { runLoad } from '../../bench/loadRun';
import type { LoadResult } from '../../bench/loadPlan';
import { sampleRss } from '../../bench/procStats';
import { spawnSubgraphHost } from '../../bench/subgraphHost/spawnSubgraphHost';
import type { RunningSubgraphHost } from '../../bench/subgraphHost/spawnSubgraphHost';
import { cycle } from '../../bench/workloads/documents';
import { authorized, lightBodies, storyBodies } from '../../bench/workloads/workloadInput';
import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import { checkPostgres, scratchDatabasePrefix, TEST_POSTGRES_URL } from '../support/postgres';

const REQUESTS = Number(process.env['LOAD_REQUESTS'] ?? 20_000);
const CONCURRENCY = Number(process.env['LOAD_CONCURRENCY'] ?? 50);
/** One request in this many is a full customer story; the rest are light lookups. */
const STORY_EVERY = 20;
/**
 * How far the gateway's RSS may rise in the second half of the run above its peak in the first half (the
 * warm-up: JIT, query-plan and parse caches, socket pools, V8 sizing its heap). Between two GCs the heap of a
 * gateway under this load swings by tens of MB, so a tighter bound would fail on noise; a leak that keeps even
 * 7 KB per request (a request's context, its DataLoaders or a light response) adds 64 MB over 10,000 requests and
 * fails it.
 */
const MAX_GROWTH_BYTES = 64 * 1024 * 1024;

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

// The subgraphs (five, signed mode) in one child process and our gateway in another, so the RSS measured is the
// gateway's alone, not jest's. The subgraphs get databases of their own on the run's PostgreSQL when there is one
// (CI has), else an in-memory PGlite: this test is about the gateway, and on the 2-core CI machine the gateway and
// the load generator share, PGlite's cold start, seeding and queries in WebAssembly cost ~25% more CPU.
describe('Gateway under load', () => {
  let host: RunningSubgraphHost;
  let gateway: RunningGateway;
  let scratch: ReturnType<typeof scratchDatabasePrefix> | undefined;

  beforeAll(async () => {
    const signingSecret = randomBytes(32).toString('base64url');
    if ((await checkPostgres()).available) scratch = scratchDatabasePrefix(SUBGRAPH_NAMES);
    host = await spawnSubgraphHost({
      storage: scratch
        ? { engine: 'postgres', adminUrl: TEST_POSTGRES_URL, databasePrefix: scratch.prefix }
        : { engine: 'pglite', dataDir: undefined },
      dataset: { customers: 500, seed: 7, asOf: new Date('2026-11-01T00:00:00.000Z') },
      auth: { mode: 'signed', signingSecret },
      timeoutMs: 120_000,
    });
    gateway = await startGateway(GATEWAY_TARGETS.ours, host.subgraphUrls, {
      signingSecret,
      // This test is about the gateway holding up (no error of its own, memory flat), not about subgraph speed:
      // on a shared CI machine the five subgraphs on one single-threaded PGlite can queue a request past the 5 s
      // default deadline, which is the fault tests' subject (test/integration/faults.test.ts), not this one's.
      env: { SUBGRAPH_TIMEOUT_MS: '30000' },
    });
  }, 180_000);

  afterAll(async () => {
    await gateway?.stop();
    await host?.stop();
    await scratch?.drop();
  });

  it(`answers ${REQUESTS.toLocaleString('en')} lookups and stories at concurrency ${CONCURRENCY} without an error, and its memory stops growing after warm-up`, async () => {
    const input = {
      sample: await host.sample(500, 'load'),
      authorization: `Bearer ${await mintDevToken({ role: 'agent' })}`,
    };
    const stories = storyBodies(input);
    const lights = lightBodies(input);
    const bodies = Array.from({ length: 1_000 }, (_, i) =>
      i % STORY_EVERY === 0 ? stories[i % stories.length] : lights[i % lights.length],
    ) as string[];
    const steps = [{ body: cycle(bodies), headers: authorized(input) }];
    const half = Math.floor(REQUESTS / 2);

    // each half in a run of its own, so each has its own peak
    const halves: { result: LoadResult; peak: number }[] = [];
    const started = Date.now();
    for (const amount of [half, REQUESTS - half]) {
      const rss = sampleRss(gateway.pid, 250);
      const result = await runLoad({ url: gateway.url, amount, connections: CONCURRENCY, steps });
      rss.stop();
      halves.push({ result, peak: rss.peakBytes() ?? Number.NaN });
    }
    const [first, second] = halves as [(typeof halves)[0], (typeof halves)[0]];
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(
      `\nLoad: ${REQUESTS} requests in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)} req/s; halves ` +
        `${Math.round(first.result.requestsPerSecond)} and ${Math.round(second.result.requestsPerSecond)} req/s, p99 ` +
        `${first.result.latencyP99Ms} and ${second.result.latencyP99Ms} ms). Gateway RSS peak: first half ` +
        `${MB(first.peak)}, second half ${MB(second.peak)} (${second.peak >= first.peak ? '+' : '−'}${MB(Math.abs(second.peak - first.peak))}).\n`,
    );

    for (const { result } of halves) {
      expect({ errors: result.errors, samples: result.errorSamples }).toEqual({ errors: 0, samples: [] });
      expect(result.non2xx).toBe(0);
      expect(result.graphqlErrors).toBe(0);
    }
    expect(first.result.requests + second.result.requests).toBe(REQUESTS);
    expect(second.peak - first.peak).toBeLessThan(MAX_GROWTH_BYTES);
  }, 600_000);
});
