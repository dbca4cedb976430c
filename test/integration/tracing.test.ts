import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintDevToken } from '../../gateway/auth';
import { GATEWAY_READY, startProcess, stopProcess, SUBGRAPH_READY } from '../support/processes';
import type { Child } from '../support/processes';

interface ReceivedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
}

interface OtlpJson {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: Omit<ReceivedSpan, 'service'>[] }[];
  }[];
}

/** An OpenTelemetry collector's OTLP/HTTP endpoint, JSON flavour (OTEL_EXPORTER_OTLP_PROTOCOL=http/json). */
async function startOtlpReceiver(): Promise<{ endpoint: string; spans: ReceivedSpan[]; stop(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === 'POST' && req.url === '/v1/traces') {
      const body = JSON.parse(Buffer.concat(chunks).toString()) as OtlpJson;
      for (const { resource, scopeSpans } of body.resourceSpans ?? []) {
        const service = resource?.attributes?.find(({ key }) => key === 'service.name')?.value.stringValue ?? 'unknown';
        for (const { spans: batch } of scopeSpans ?? [])
          for (const { name, traceId, spanId, parentSpanId } of batch ?? [])
            spans.push({ service, name, traceId, spanId, parentSpanId: parentSpanId ?? '' });
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// The gateway and one subgraph as separate processes, started the way `npm run gateway` and `npm run subgraph`
// start them (the scripts/tracing.mts preload), with the standard OTEL_* variables pointing at a local receiver.
describe('Tracing across processes: one trace from the gateway into a subgraph', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let crm: Child | undefined;
  let gateway: Child | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'c360-tracing-'));

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const otel = {
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_SERVICE_NAME: '',
      OTEL_SDK_DISABLED: '',
    };
    const preload = ['--import', './scripts/tracing.mts'];
    crm = await startProcess(
      [...preload, 'scripts/subgraph.ts', 'crm'],
      { ...otel, PORT: '0', DATABASE_URL: '', DATA_DIR: dataDir },
      SUBGRAPH_READY,
    );
    gateway = await startProcess(
      [...preload, 'gateway/index.ts'],
      { ...otel, PORT: '0', SUBGRAPH_CRM_URL: crm.url, LOG_LEVEL: 'warn' },
      GATEWAY_READY,
    );
  }, 90_000);

  afterAll(async () => {
    await stopProcess(gateway);
    await stopProcess(crm);
    await receiver?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports the gateway span, the subgraph call and the subgraph span under one trace id', async () => {
    const response = await fetch(gateway!.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await mintDevToken({ role: 'agent' })}`,
      },
      body: JSON.stringify({ query: 'query Who { customer(id: "cus_1") { name } }' }),
    });
    expect(response.status).toBe(200);
    // the subgraph's database is empty: its NOT_FOUND proves the call went through, signature check and all
    const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
    expect(body.errors?.map(({ extensions }) => extensions?.['code'])).toEqual(['NOT_FOUND']);

    const crmServerSpan = await waitFor('a span from the crm subgraph', () =>
      receiver.spans.find(({ service, parentSpanId }) => service === 'c360-crm' && parentSpanId !== ''),
    );
    const trace = await waitFor('the gateway spans of the same trace', () => {
      const spans = receiver.spans.filter(({ traceId }) => traceId === crmServerSpan.traceId);
      return spans.some(({ spanId }) => spanId === crmServerSpan.parentSpanId) &&
        spans.some(({ name }) => name === 'gateway.fetch')
        ? spans
        : undefined;
    });
    // the subgraph's server span continues the gateway's fetch span (the traceparent header)…
    const parent = trace.find(({ spanId }) => spanId === crmServerSpan.parentSpanId)!;
    expect(parent.service).toBe('c360-gateway');
    // …and the trace starts at the gateway's own server span, with Apollo Gateway's plan and fetch spans in it
    const roots = trace.filter(({ parentSpanId }) => parentSpanId === '');
    expect(roots.map(({ service }) => service)).toEqual(['c360-gateway']);
    expect(new Set(trace.map(({ service }) => service))).toEqual(new Set(['c360-gateway', 'c360-crm']));
    expect(trace.map(({ name }) => name)).toEqual(expect.arrayContaining(['gateway.request', 'gateway.fetch']));
  });
});
