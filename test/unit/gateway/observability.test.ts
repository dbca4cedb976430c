import express from 'express';
import { defaultServiceName, tracingRequested } from '../../../gateway/observability';
import { labelCap } from '../../../gateway/observability/labelCap';
import { listen } from '../../../platform/http/listen';
import {
  createLogger,
  logInternalError,
  logLevelVariable,
  observedLocals,
  requestIdFrom,
  requestLogging,
} from '../../../platform/observability';
import { readVariables } from '../../../platform/settings';

describe('tracingRequested: the standard OTEL_* variables turn tracing on', () => {
  it.each([
    [{}, false],
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console,otlp' }, true],
    [{ OTEL_TRACES_EXPORTER: 'none' }, false],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, false],
    [{ OTEL_TRACES_EXPORTER: ' ' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: '' }, false],
    [{ OTEL_SERVICE_NAME: 'gateway' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' }, false],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'TRUE' }, false],
    [{ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SDK_DISABLED: 'false' }, true],
  ])('%j → %s', (env, expected) => {
    expect(tracingRequested(env)).toBe(expected);
  });

  it('names each process after the script it runs', () => {
    expect(defaultServiceName(['node', '/srv/app/gateway/index.ts'])).toBe('c360-gateway');
    expect(defaultServiceName(['node', '/srv/app/scripts/subgraph.ts', 'orders'])).toBe('c360-orders');
    expect(defaultServiceName(['node', 'subgraphs/tickets/index.ts'])).toBe('c360-tickets');
    expect(defaultServiceName(['node', '/srv/app/stack/index.ts'])).toBe('c360');
  });
});

describe('labelCap: a metric label keeps a bounded set of values', () => {
  it('passes the first distinct values, then folds new ones into "other"', () => {
    const label = labelCap(2);
    expect(['A', 'B', 'A', 'C', 'B', 'D'].map(label)).toEqual(['A', 'B', 'A', 'other', 'B', 'other']);
  });
});

describe('request ids and log levels from outside', () => {
  it('keeps a sane x-request-id and replaces anything else with a UUID', () => {
    expect(requestIdFrom('abc.DEF-123_x')).toBe('abc.DEF-123_x');
    expect(requestIdFrom('a'.repeat(128))).toBe('a'.repeat(128));
    for (const bad of [undefined, '', 'a'.repeat(129), 'with space', 'line\nbreak', ['two', 'values']])
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads LOG_LEVEL, info when unset, and names the fix for a typo', () => {
    const read = (value: string | undefined) => readVariables({ LOG_LEVEL: value }, { LOG_LEVEL: logLevelVariable() });
    expect(read(undefined).values.LOG_LEVEL).toBe('info');
    expect(read('  ').values.LOG_LEVEL).toBe('info');
    expect(read(' DEBUG ').values.LOG_LEVEL).toBe('debug');
    expect(read('loud').issues).toEqual([
      expect.objectContaining({ variable: 'LOG_LEVEL', value: 'loud', fix: expect.stringMatching(/^Set LOG_LEVEL/) }),
    ]);
  });
});

describe('requestLogging: the middleware a subgraph mounts first', () => {
  it('logs an internal error with the id of the request it happened in, after body parsing and async work', async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger({
      level: 'info',
      base: { service: 'crm' },
      destination: { write: (line: string) => lines.push(JSON.parse(line)) },
    });
    const app = express();
    app.use(requestLogging(log));
    app.use(express.json());
    app.post('/graphql', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logInternalError(log)(new Error('relation "crm.customers" does not exist'), 'crm');
      res.json({ requestId: observedLocals(res).requestId });
    });
    const http = await listen(app, { port: 0, host: '127.0.0.1' });
    try {
      const answers = await Promise.all(
        ['first-request', 'second-request'].map(async (id) => {
          const response = await fetch(`${http.origin}/graphql?query=secret`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-request-id': id, authorization: 'Bearer t0ken' },
            body: JSON.stringify({ query: '{ a }', operationName: 'Probe', variables: { email: 'x@example.com' } }),
          });
          return { header: response.headers.get('x-request-id'), body: (await response.json()) as unknown };
        }),
      );
      expect(answers).toEqual([
        { header: 'first-request', body: { requestId: 'first-request' } },
        { header: 'second-request', body: { requestId: 'second-request' } },
      ]);
      for (const id of ['first-request', 'second-request']) {
        expect(lines.filter((line) => line['requestId'] === id)).toEqual([
          expect.objectContaining({
            level: 50,
            service: 'crm',
            where: 'crm',
            msg: 'internal error hidden from the client',
            err: expect.objectContaining({ message: 'relation "crm.customers" does not exist' }),
          }),
          expect.objectContaining({
            level: 30,
            msg: 'request',
            method: 'POST',
            path: '/graphql',
            status: 200,
            operationName: 'Probe',
          }),
        ]);
      }
      expect(JSON.stringify(lines)).not.toMatch(/secret|t0ken|example\.com/);
    } finally {
      await http.close(1_000);
    }
  });
});
