import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { mintDevToken } from '../../gateway/auth/devToken';
import { createLogger } from '../../gateway/observability';
import type { ReloadEvent } from '../../gateway/reload';
import { supergraphHash } from '../../gateway/supergraph';
import { startAll } from '../../stack/startAll';
import type { RunningAll } from '../../stack/startAll';
import { TEST_AS_OF } from '../support/stack';
import { REPOSITORY_SUPERGRAPH, supergraphWithout } from '../support/supergraphs';
import { isRefusal, openSse } from '../support/sseClient';
import type { SseStream } from '../support/sseClient';
import { openTestDatabases } from '../support/testDatabases';
import type { TestDatabases } from '../support/testDatabases';

/** The repository's supergraph: the one with Customer.preferredChannel. */
const FULL = REPOSITORY_SUPERGRAPH;

const STORY = /* GraphQL */ `
  query Story($id: ID!) {
    customer(id: $id) {
      name
      orders(first: 3) {
        edges {
          node {
            number
            shipments {
              status
            }
          }
        }
      }
      tickets {
        totalCount
      }
    }
  }
`;
const LOOKUP = /* GraphQL */ `
  query Lookup($email: String!) {
    customerByEmail(email: $email) {
      name
      tier
    }
  }
`;
const NEW_FIELD = 'query Channel { customer(id: "cus_1") { name preferredChannel } }';

/**
 * crm's calls pass through here; those of a request whose id starts with `slow-` wait until release(), so a test
 * can hold a request in flight across a reload.
 */
async function startHoldingProxy(target: () => string) {
  const held: (() => void)[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      if (String(req.headers['x-request-id']).startsWith('slow-')) await new Promise<void>((go) => held.push(go));
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter((entry): entry is [string, string] => entry[0].startsWith('x-')),
      );
      const answer = await fetch(target(), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: Buffer.concat(chunks),
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    held: () => held.length,
    release: () => held.splice(0).forEach((go) => go()),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('Hot reload: `npm start` serves a changed supergraph file without a restart', () => {
  const WITHOUT = supergraphWithout('crm', 'Customer', 'preferredChannel');
  let dir: string;
  let path: string;
  let databases: TestDatabases;
  let running: RunningAll;
  let proxy: Awaited<ReturnType<typeof startHoldingProxy>>;
  let token: string;
  const events: (ReloadEvent & { at: number })[] = [];
  const logLines: Record<string, unknown>[] = [];

  const post = async (query: string, variables: Record<string, unknown> = {}, requestId?: string) => {
    const response = await fetch(running.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };
  const readyHash = async () =>
    ((await (await fetch(running.gatewayUrl.replace('/graphql', '/ready'))).json()) as { supergraph: { hash: string } })
      .supergraph.hash;
  const metrics = async () =>
    (
      await fetch(running.gatewayUrl.replace('/graphql', '/metrics'), { headers: { authorization: `Bearer ${token}` } })
    ).text();
  const next = (result: ReloadEvent['result'], after: number) =>
    waitFor(() => events.slice(after).find((event) => event.result === result));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'c360-reload-'));
    path = join(dir, 'supergraph.graphql');
    writeFileSync(path, WITHOUT);
    token = await mintDevToken({ role: 'supervisor' });
    databases = await openTestDatabases('pglite');
    proxy = await startHoldingProxy(() => running.subgraphUrls.crm);
    running = await startAll({
      dbs: databases.dbs,
      seed: { seed: 11, customers: 30, asOf: TEST_AS_OF },
      supergraphPath: path,
      supergraphReload: { watch: true, url: undefined, pollIntervalMs: 30_000, debounceMs: 100 },
      onSupergraphReload: (event) => events.push({ ...event, at: Date.now() }),
      gatewayRoutes: { crm: proxy.url },
      log: createLogger({
        level: 'warn',
        destination: { write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>) },
      }),
    });
  });

  afterAll(async () => {
    await running?.stop();
    await proxy?.stop();
    await databases?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('swaps under load to a supergraph that adds a field: no request fails, and the field is served', async () => {
    expect(await readyHash()).toBe(supergraphHash(WITHOUT));
    expect((await post(NEW_FIELD)).status).toBe(400);

    const TOTAL = 300;
    const CONCURRENCY = 8;
    let sent = 0;
    let writtenAt = 0;
    let sentDuringSwap = 0;
    const failures: unknown[] = [];
    const worker = async () => {
      while (sent < TOTAL) {
        const n = sent++;
        // halfway through, `npm run compose` writes the new supergraph in place
        if (n === TOTAL / 4) {
          writeFileSync(path, FULL);
          writtenAt = Date.now();
        }
        if (writtenAt > 0 && !events.some(({ result }) => result === 'applied')) sentDuringSwap++;
        const { status, body } =
          n % 2 === 0
            ? await post(STORY, { id: `cus_${(n % 5) + 1}` })
            : await post(LOOKUP, { email: 'maria.keller@example.com' });
        if (status !== 200 || body.errors || !body.data) failures.push({ n, status, body });
      }
    };
    const before = events.length;
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const applied = await next('applied', before);

    expect(failures).toEqual([]);
    expect(applied).toMatchObject({
      source: 'file',
      hash: supergraphHash(FULL),
      previousHash: supergraphHash(WITHOUT),
    });
    expect(await readyHash()).toBe(supergraphHash(FULL));
    const channel = await post(NEW_FIELD);
    expect(channel).toEqual({
      status: 200,
      body: { data: { customer: { name: expect.any(String), preferredChannel: expect.any(String) } } },
    });
    const retired = await next('retired', before);
    // the figures for README's "Hot reload of the supergraph" (the 2-core machine, PGlite)
    console.log(
      `hot reload under load: ${TOTAL} requests at concurrency ${CONCURRENCY}, ${failures.length} failed, ` +
        `${sentDuringSwap} sent between the write and the swap; file written → new schema serving ` +
        `${applied.at - writtenAt} ms (its gateway started in ${'ms' in applied ? applied.ms : '?'} ms); ` +
        `the old one drained and stopped ${'ms' in retired ? retired.ms : '?'} ms after the swap`,
    );
  }, 120_000);

  it('refuses a broken file: the schema serving stays, /ready keeps its hash, a metric and a log line say why', async () => {
    const before = events.length;
    const hash = await readyHash();
    writeFileSync(path, 'schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query }\ntype Query {');
    const refused = await next('refused', before);
    expect(refused).toMatchObject({ source: 'file', reason: expect.stringMatching(/is not a valid Federation 2/) });
    expect(await readyHash()).toBe(hash);
    expect((await post(NEW_FIELD)).status).toBe(200);
    expect((await post(STORY, { id: 'cus_2' })).body.errors).toBeUndefined();
    expect(await metrics()).toMatch(/c360_supergraph_reloads_total\{result="refused"\} 1\b/);
    expect(await metrics()).toMatch(/c360_supergraph_reloads_total\{result="applied"\} 1\b/);
    expect(logLines).toContainEqual(
      expect.objectContaining({
        level: 40,
        service: 'gateway',
        result: 'refused',
        reason: expect.stringMatching(/is not a valid Federation 2/),
      }),
    );
  });

  it('lets a request in flight finish on the supergraph it started on', async () => {
    const before = events.length;
    const slow = post(STORY, { id: 'cus_3' }, 'slow-1');
    await waitFor(() => proxy.held() > 0 || undefined);
    writeFileSync(path, WITHOUT);
    await next('applied', before);
    // new requests are planned with the new supergraph while the slow one is held
    expect((await post(NEW_FIELD)).status).toBe(400);
    expect(events.slice(before).some(({ result }) => result === 'retired')).toBe(false);
    proxy.release();
    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(await next('retired', before)).toMatchObject({ drained: true, cut: 0 });
  });

  it('ends a live subscription of the old supergraph with GATEWAY_STOPPING; one made again is served by the new', async () => {
    const subscribe = async (selection: string) => {
      const opened = await openSse(
        running.gatewayUrl.replace('/graphql', '/graphql/stream'),
        {
          query: `subscription($id: ID!) { customerChanged(id: $id) { eventId customer { ${selection} } } }`,
          variables: { id: 'cus_1' },
        },
        { authorization: `Bearer ${token}` },
      );
      if (isRefusal(opened)) throw new Error(`refused: ${JSON.stringify(opened.body)}`);
      return opened;
    };
    const old: SseStream = await subscribe('name');
    const before = events.length;
    writeFileSync(path, FULL);
    await next('applied', before);
    await old.ended;
    const last = old.events.filter(({ event }) => event === 'next').at(-1);
    expect(JSON.parse(last?.data ?? '{}')).toMatchObject({
      errors: [{ extensions: { code: 'GATEWAY_STOPPING' } }],
    });

    const renewed = await subscribe('name preferredChannel');
    try {
      const note = await post('mutation($input: AddCustomerNoteInput!) { addCustomerNote(input: $input) { id } }', {
        input: {
          customerId: 'cus_1',
          body: 'Asked to be called back after the reload.',
          idempotencyKey: 'reload-note-1',
        },
      });
      expect(note.body.errors).toBeUndefined();
      const emission = await renewed.next<{ customerChanged: { customer: { preferredChannel: string } } }>();
      expect(emission.result.data?.customerChanged.customer.preferredChannel).toEqual(expect.any(String));
    } finally {
      renewed.close();
    }
  });

  it('tells a WebSocket subscriber of the old supergraph to reconnect, and serves its new socket with the new one', async () => {
    const closes: number[] = [];
    const connect = () =>
      createClient({
        url: running.gatewayUrl.replace('http', 'ws') + '/ws',
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        on: { closed: (event) => closes.push((event as { code: number }).code) },
      });
    const answers: string[] = [];
    const old = connect();
    old.subscribe(
      { query: 'subscription { customerChanged(id: "cus_2") { eventId customer { name } } }' },
      {
        next: (result) => answers.push(JSON.stringify(result)),
        error: (error) => answers.push(`error ${String((error as { code?: number }).code ?? JSON.stringify(error))}`),
        complete: () => answers.push('complete'),
      },
    );
    // graphql-ws acknowledges no subscribe: give the socket time to connect and subscribe
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = events.length;
    writeFileSync(path, WITHOUT);
    await next('applied', before);
    await waitFor(() => (closes.length > 0 ? closes : undefined));
    expect(answers.join('\n')).toContain('GATEWAY_STOPPING');
    expect(closes).toEqual([1001]);

    const renewed = connect();
    try {
      const first = await new Promise<string>((resolve) => {
        renewed.subscribe(
          { query: 'subscription { customerChanged(id: "cus_2") { eventId customer { preferredChannel } } }' },
          {
            next: (result) => resolve(JSON.stringify(result)),
            error: (error) => resolve(JSON.stringify(error)),
            complete: () => resolve('complete'),
          },
        );
      });
      // the new supergraph has no preferredChannel: the new socket is checked against it
      expect(first).toContain('preferredChannel');
      expect(first).toMatch(/Cannot query field|GRAPHQL_VALIDATION_FAILED/);
    } finally {
      await renewed.dispose();
      await old.dispose();
    }
  });
});

async function waitFor<T>(find: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
