import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { loadSavedOperation } from '../../gateway/playground/savedOperations';
import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { startRecordingProxy } from '../support/recordingProxy';
import type { RecordingProxy } from '../support/recordingProxy';
import { startStack, TEST_AS_OF } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

const STORY = loadSavedOperation('customerStory').query;
const CUSTOMER = 'cus_1';
/** Identical customer stories sent at once. */
const N = 8;
const SAVED = 'c360_subgraph_fetches_deduplicated_total';
/** Stops holding after this long whatever happened, so a broken dedup fails on the counts below, not on a hang. */
const LOCKSTEP_LIMIT_MS = 20_000;

type Role = 'agent' | 'analyst';
type BySubgraph = Record<SubgraphName, number>;
/** The part of a story the test reads by name; answers are compared whole. */
interface Story {
  customer: { email: string };
}

const bySubgraph = (count: (name: SubgraphName) => number) =>
  Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, count(name)])) as BySubgraph;
const minus = (a: BySubgraph, b: BySubgraph) => bySubgraph((name) => a[name] - b[name]);
const times = (factor: number, a: BySubgraph) => bySubgraph((name) => factor * a[name]);
const plus = (a: BySubgraph, b: BySubgraph) => bySubgraph((name) => a[name] + b[name]);
const total = (a: BySubgraph) => SUBGRAPH_NAMES.reduce((sum, name) => sum + a[name], 0);

/**
 * The stack with a recording proxy between the gateway and each subgraph (real HTTP both ways). `created` counts
 * the requests the gateway's HTTP client created for each proxy, seen in this process through undici's diagnostics
 * channel at the moment the request exists: a call the dedup layer let through is counted before anything else can
 * happen (the layers below it add no I/O wait), where the proxy sees it only after a trip over a socket.
 */
async function startRoutedStack(dedup: boolean) {
  const proxies = {} as Record<SubgraphName, RecordingProxy>;
  for (const name of SUBGRAPH_NAMES) proxies[name] = await startRecordingProxy();
  const byOrigin = new Map(SUBGRAPH_NAMES.map((name) => [new URL(proxies[name].url).origin, name]));
  const created = bySubgraph(() => 0);
  const onCreate = (message: unknown) => {
    const name = byOrigin.get(String((message as { request: { origin: unknown } }).request.origin));
    if (name) created[name] += 1;
  };
  subscribe('undici:request:create', onCreate);
  let stack: Stack;
  try {
    stack = await startStack('pglite', {
      customers: 10,
      now: TEST_AS_OF,
      gateway: {
        // a held call must not reach its deadline and be retried: that would be a fetch of its own
        resilience: { dedup, timeoutMs: 2 * LOCKSTEP_LIMIT_MS, retries: 0 },
        gatewayRoutes: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, proxies[name].url])),
      },
    });
  } catch (error) {
    unsubscribe('undici:request:create', onCreate);
    await Promise.all(SUBGRAPH_NAMES.map((name) => proxies[name].stop()));
    throw error;
  }
  for (const name of SUBGRAPH_NAMES) proxies[name].target = stack.subgraphUrls[name];
  const supervisor = await authHeader('supervisor');

  /** Requests each subgraph received so far. */
  const received = () => bySubgraph((name) => proxies[name].recorded.length);

  /** c360_subgraph_fetches_deduplicated_total per subgraph, as GET /metrics shows it. */
  async function saved(): Promise<BySubgraph> {
    const response = await fetch(new URL('/metrics', stack.url), { headers: supervisor });
    expect(response.status).toBe(200);
    const text = await response.text();
    return bySubgraph((name) => {
      const line = new RegExp(`^${SAVED}\\{subgraph="${name}"\\} (\\d+)$`, 'm').exec(text);
      return line ? Number(line[1]) : 0;
    });
  }

  async function story(role: Role): Promise<Story> {
    const { status, body } = await stack.query<Story>(STORY, { id: CUSTOMER }, await authHeader(role));
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data!;
  }

  /** One story, alone: what it costs each subgraph, and what it answers. */
  async function alone(role: Role) {
    const [fetchesBefore, savedBefore] = [received(), await saved()];
    const answer = await story(role);
    return { answer, fetches: minus(received(), fetchesBefore), saved: minus(await saved(), savedBefore) };
  }

  /**
   * Sends the stories at once with every subgraph answer held at the proxies, and lets a subgraph's held answers
   * go once `ready` says so, given how many requests shared a call to it (the metric) and how many calls the
   * gateway made to it, both since the stories were sent. The order of events decides, not the clock.
   */
  async function inLockstep(roles: readonly Role[], ready: (shared: number, calls: number) => boolean) {
    const [fetchesBefore, savedBefore, createdBefore] = [received(), await saved(), { ...created }];
    for (const name of SUBGRAPH_NAMES) proxies[name].holding = true;
    let settled = false;
    const stories = Promise.allSettled(roles.map((role) => story(role))).finally(() => (settled = true));
    const limit = Date.now() + LOCKSTEP_LIMIT_MS;
    while (!settled && Date.now() < limit) {
      // the metric first: calls counted afterwards can only be more, so a call can only look less shared
      const shared = minus(await saved(), savedBefore);
      const calls = minus(created, createdBefore);
      for (const name of SUBGRAPH_NAMES) if (ready(shared[name], calls[name])) proxies[name].release();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const name of SUBGRAPH_NAMES) {
      proxies[name].holding = false;
      proxies[name].release();
    }
    const answers = (await stories).map((result) => {
      if (result.status === 'rejected') throw result.reason;
      return result.value;
    });
    return { answers, fetches: minus(received(), fetchesBefore), saved: minus(await saved(), savedBefore) };
  }

  return {
    proxies,
    alone,
    inLockstep,
    async stop() {
      unsubscribe('undici:request:create', onCreate);
      await stack.stop();
      await Promise.all(SUBGRAPH_NAMES.map((name) => proxies[name].stop()));
    },
  };
}

/**
 * With dedup on: a subgraph's answers go once each call to it has been joined by `sharers` requests. Every story of
 * the group is then waiting on that call, so none can arrive after it answered and make a call of its own. A call
 * cannot look more shared than it is: the metric is read first, the calls after, and a call is counted the moment
 * the dedup layer lets it through, before another request could join it.
 */
const joinedBy = (sharers: number) => (shared: number, calls: number) => shared === sharers * calls;

describe('Subgraph dedup through the real gateway: N identical customer stories at once', () => {
  describe('SUBGRAPH_DEDUP=on (the default)', () => {
    let routed: Awaited<ReturnType<typeof startRoutedStack>>;
    beforeAll(async () => {
      routed = await startRoutedStack(true);
    }, 120_000);
    afterAll(() => routed?.stop());

    it(`${N} identical stories cost each subgraph one fetch per plan node, and the metric counts ${N - 1} saved per node`, async () => {
      const single = await routed.alone('agent');
      // the plan of one story asks every subgraph, some more than once (crm 2, orders 2, logistics 3, tickets 1,
      // inventory 1 for this customer: test/unit/gateway/queryPlans/customerStory.test.ts)
      expect(Object.values(single.fetches).every((fetches) => fetches >= 1)).toBe(true);
      expect(total(single.fetches)).toBeGreaterThan(SUBGRAPH_NAMES.length);
      // one story never shares with itself: the plan asks each subgraph different things
      expect(total(single.saved)).toBe(0);

      const burst = await routed.inLockstep(Array<Role>(N).fill('agent'), joinedBy(N - 1));
      expect(burst.fetches).toEqual(single.fetches);
      expect(burst.saved).toEqual(times(N - 1, single.fetches));
      for (const answer of burst.answers) expect(answer).toEqual(single.answer);
    });

    it('never shares across visibility: agents and analysts at once each get their own fetches and answers', async () => {
      const agent = await routed.alone('agent');
      const analyst = await routed.alone('analyst');
      // what differs is what the subgraphs show, not what the gateway asks: PII masked for the analyst
      expect(agent.answer.customer.email).toBe('maria.keller@example.com');
      expect(analyst.answer.customer.email).toBe('m***@example.com');

      const half = N / 2;
      const roles = [...Array<Role>(half).fill('agent'), ...Array<Role>(half).fill('analyst')];
      const burst = await routed.inLockstep(roles, joinedBy(half - 1));
      // one fetch per node for each visibility, and sharing only within it
      const nodes = plus(agent.fetches, analyst.fetches);
      expect(burst.fetches).toEqual(nodes);
      expect(burst.saved).toEqual(times(half - 1, nodes));
      burst.answers.forEach((answer, i) =>
        expect(answer).toEqual(roles[i] === 'agent' ? agent.answer : analyst.answer),
      );
    });
  });

  describe('SUBGRAPH_DEDUP=off', () => {
    let routed: Awaited<ReturnType<typeof startRoutedStack>>;
    beforeAll(async () => {
      routed = await startRoutedStack(false);
    }, 120_000);
    afterAll(() => routed?.stop());

    it(`${N} identical stories cost N fetches per plan node, none saved`, async () => {
      const single = await routed.alone('agent');
      // a subgraph's answers go once every story made its call: the N calls for the first node (crm's profile) are
      // all in flight at once, identical, and all reach crm (later nodes may overlap less; the counts hold anyway)
      const burst = await routed.inLockstep(Array<Role>(N).fill('agent'), (_shared, calls) => calls % N === 0);
      expect(burst.fetches).toEqual(times(N, single.fetches));
      expect(total(burst.saved)).toBe(0);
      for (const answer of burst.answers) expect(answer).toEqual(single.answer);
    });
  });
});
