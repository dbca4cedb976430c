import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mintDevToken } from '../../gateway/auth';
import { createLogger } from '../../gateway/observability';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

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
            lines {
              product {
                name
              }
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SUBGRAPHS = ['crm', 'orders', 'inventory', 'logistics', 'tickets'];
const COOLDOWN_MS = 400;

interface Recorder {
  url: string;
  /** The x-request-id of every request the subgraph got through this recorder. */
  requestIds: string[];
  /** While true, answers 503 instead of passing requests on, as a subgraph behind a failing proxy would. */
  failing: boolean;
  stop(): Promise<void>;
}

/** A stand-in for one subgraph that notes each request's headers and passes it on, signature and all. */
async function startRecorder(target: () => string): Promise<Recorder> {
  const hopByHop = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);
  const recorder: Recorder = { url: '', requestIds: [], failing: false, stop: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    recorder.requestIds.push(String(req.headers['x-request-id'] ?? ''));
    if (recorder.failing) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('down for the test');
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && !hopByHop.has(name)) headers[name] = value;
    const answer = await fetch(target(), { method: 'POST', headers, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  recorder.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  recorder.stop = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return recorder;
}

/** The value of one sample in Prometheus' text format, summed over the series that have all of `labels`. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  let total: number | undefined;
  for (const line of text.split('\n')) {
    const match = /^([:_a-z][\w:]*)(?:\{(.*)\})? (\S+)$/i.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/\b(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) total = (total ?? 0) + Number(match[3]);
  }
  return total;
}

describe('Observability: request ids, access logs and metrics of the real gateway', () => {
  let stack: Stack;
  let crm: Recorder;
  let agent: Record<string, string>;
  let supervisor: Record<string, string>;
  const logLines: Record<string, unknown>[] = [];
  const log = createLogger({
    level: 'info',
    destination: { write: (line: string) => logLines.push(JSON.parse(line)) },
  });
  const metricsUrl = () => new URL('/metrics', stack.url).toString();
  const metrics = async () => {
    const response = await fetch(metricsUrl(), { headers: supervisor });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  beforeAll(async () => {
    agent = { authorization: `Bearer ${await mintDevToken({ role: 'agent' })}` };
    supervisor = { authorization: `Bearer ${await mintDevToken({ role: 'supervisor' })}` };
    crm = await startRecorder(() => stack.subgraphUrls.crm);
    stack = await startStack('pglite', {
      gateway: {
        gatewayRoutes: { crm: crm.url },
        resilience: { retries: 0, breakerFailures: 2, breakerCooldownMs: COOLDOWN_MS },
        log,
      },
    });
  });

  afterAll(async () => {
    await stack?.stop();
    await crm?.stop();
  });

  it('echoes a sane x-request-id in the response and passes it to the subgraphs', async () => {
    crm.requestIds.length = 0;
    const answer = await stack.query(STORY, { id: 'cus_1' }, { ...agent, 'x-request-id': 'trace.me-42_A' });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.headers.get('x-request-id')).toBe('trace.me-42_A');
    expect(crm.requestIds.length).toBeGreaterThan(0);
    expect(new Set(crm.requestIds)).toEqual(new Set(['trace.me-42_A']));
  });

  it('replaces a missing or unsafe x-request-id with a fresh UUID, and sends that one on', async () => {
    for (const sent of [undefined, 'has spaces and; semicolons', 'x'.repeat(129), 'new\u00e9line']) {
      crm.requestIds.length = 0;
      const answer = await stack.query(STORY, { id: 'cus_1' }, { ...agent, ...(sent ? { 'x-request-id': sent } : {}) });
      const id = answer.headers.get('x-request-id');
      expect(id).toMatch(UUID);
      expect(new Set(crm.requestIds)).toEqual(new Set([id]));
    }
  });

  it('gives a request id to answers that never reach GraphQL: 401, 413, 404, /health', async () => {
    const unauthenticated = await stack.query('{ __typename }', {}, { authorization: '', 'x-request-id': 'no-token' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('x-request-id')).toBe('no-token');

    const tooLarge = await fetch(stack.url, {
      method: 'POST',
      headers: { ...agent, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(2_000_000)}` }),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('x-request-id')).toMatch(UUID);

    const notFound = await fetch(new URL('/nowhere', stack.url), { headers: { 'x-request-id': 'lost' } });
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get('x-request-id')).toBe('lost');

    const health = await fetch(new URL('/health', stack.url));
    expect(health.headers.get('x-request-id')).toMatch(UUID);
  });

  it('writes one access line per request with its id and operation, never its variables or token', async () => {
    logLines.length = 0;
    await stack.query(STORY, { id: 'cus_2' }, { ...agent, 'x-request-id': 'access-line-1' });
    const lines = logLines.filter((line) => line['requestId'] === 'access-line-1');
    // each subgraph logs its part of the request under the gateway's request id
    const subgraphLines = lines.filter((line) => line['service'] !== 'gateway');
    expect(new Set(subgraphLines.map((line) => line['service']))).toEqual(new Set(SUBGRAPHS));
    expect(subgraphLines.every((line) => line['msg'] === 'request' && line['status'] === 200)).toBe(true);
    expect(lines.filter((line) => line['service'] === 'gateway')).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operationName: 'Story',
        ms: expect.any(Number),
      }),
    ]);
    const everything = JSON.stringify(logLines);
    expect(everything).not.toContain('cus_2');
    expect(everything).not.toContain(agent['authorization']!.slice('Bearer '.length));
  });

  it('counts requests by operation and status, and errors by code, on GET /metrics', async () => {
    for (let i = 0; i < 3; i++) await stack.query(STORY, { id: 'cus_1' }, agent);
    await stack.query('{ __typename }', {}, agent);
    const invalid = await stack.query('query Broken { customer(id: "cus_1") { nosuchfield } }', {}, agent);
    expect(invalid.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    await stack.query('{ __typename }', {}, { authorization: '' });

    const text = await metrics();
    // the earlier tests ran Story 6 times; every gateway has a registry of its own, so the counts are exact
    expect(sample(text, 'c360_gateway_requests_total', { operation: 'Story', status: '200' })).toBe(9);
    expect(sample(text, 'c360_gateway_requests_total', { operation: 'Broken', status: '400' })).toBe(1);
    expect(sample(text, 'c360_gateway_requests_total', { operation: 'anonymous', status: '200' })).toBe(1);
    expect(sample(text, 'c360_gateway_requests_total', { status: '401' })).toBe(2);
    expect(sample(text, 'c360_gateway_request_duration_seconds_count', { operation: 'Story' })).toBe(9);
    expect(sample(text, 'c360_gateway_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    const uncalled = SUBGRAPHS.filter(
      (subgraph) => !((sample(text, 'c360_subgraph_fetch_duration_seconds_count', { subgraph }) ?? 0) > 0),
    );
    expect(uncalled).toEqual([]);
    expect(SUBGRAPHS.map((subgraph) => sample(text, 'c360_subgraph_circuit_state', { subgraph }))).toEqual(
      SUBGRAPHS.map(() => 0),
    );
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('shows a failing subgraph in its fetch errors and its circuit state: open, then half-open', async () => {
    crm.failing = true;
    try {
      for (let i = 0; i < 3; i++) {
        const answer = await stack.query(STORY, { id: 'cus_1' }, agent);
        expect(answer.body.errors?.[0]?.extensions?.['code']).toBe('SUBGRAPH_UNAVAILABLE');
      }
      const open = await metrics();
      expect(sample(open, 'c360_subgraph_fetch_errors_total', { subgraph: 'crm', code: 'SUBGRAPH_UNAVAILABLE' })).toBe(
        2,
      );
      expect(sample(open, 'c360_subgraph_fetch_errors_total', { subgraph: 'crm', code: 'CIRCUIT_OPEN' })).toBe(1);
      expect(sample(open, 'c360_subgraph_circuit_state', { subgraph: 'crm' })).toBe(2);
      expect(sample(open, 'c360_subgraph_circuit_state', { subgraph: 'orders' })).toBe(0);
      expect(sample(open, 'c360_gateway_errors_total', { code: 'SUBGRAPH_UNAVAILABLE' })).toBe(3);

      await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS + 50));
      expect(sample(await metrics(), 'c360_subgraph_circuit_state', { subgraph: 'crm' })).toBe(1);
    } finally {
      crm.failing = false;
    }
  });
});
