import type { IncomingMessage } from 'node:http';
import { basename } from 'node:path';
import { ProxyTracerProvider, trace } from '@opentelemetry/api';
import type { Env } from '../settings/env';
import { unsetIfBlank } from '../settings/rules';

/** Probes and scrapes: a span per health check every few seconds would bury the traces worth reading. */
const UNTRACED_PATHS = new Set(['/health', '/ready', '/metrics', '/favicon.ico']);

const isTrue = (value: string | undefined) => value?.trim().toLowerCase() === 'true';
// the OpenTelemetry SDK reads these variables itself; here only whether they ask for traces at all
const isSet = (value: string | undefined) => unsetIfBlank(value) !== undefined;

/**
 * Whether the standard OpenTelemetry variables ask for traces: OTEL_TRACES_EXPORTER set to anything but `none`,
 * or an OTLP endpoint set (OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT); never when
 * OTEL_SDK_DISABLED=true. Off otherwise: the SDK costs seconds of start-up and a little per request, and would
 * send spans to a default endpoint nobody listens on.
 */
export function tracingRequested(env: Env): boolean {
  if (isTrue(env['OTEL_SDK_DISABLED'])) return false;
  const exporters = (env['OTEL_TRACES_EXPORTER'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (exporters.length > 0) return !exporters.every((name) => name === 'none');
  return isSet(env['OTEL_EXPORTER_OTLP_ENDPOINT']) || isSet(env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);
}

/**
 * The service name a process reports unless OTEL_SERVICE_NAME says otherwise, from the script it runs:
 * `c360-gateway`, `c360-<subgraph>` (`scripts/subgraph.ts crm`, `subgraphs/crm/index.ts`), or `c360` for
 * `npm start`, where the gateway and the five subgraphs share one process.
 */
export function defaultServiceName(argv: readonly string[]): string {
  const script = (argv[1] ?? '').replace(/\\/g, '/');
  if (/(?:^|\/)gateway\/index\.[cm]?[jt]s$/.test(script)) return 'c360-gateway';
  if (basename(script).startsWith('subgraph.') && argv[2]) return `c360-${argv[2]}`;
  const subgraph = /(?:^|\/)subgraphs\/([a-z][a-z0-9-]*)\/index\.[cm]?[jt]s$/.exec(script)?.[1];
  return subgraph ? `c360-${subgraph}` : 'c360';
}

export interface Tracing {
  /** Exports the spans ended so far; tracing goes on. */
  flush(): Promise<void>;
  /** Exports the spans still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

/**
 * Starts the OpenTelemetry Node SDK with HTTP instrumentation when tracingRequested(env), else does nothing and
 * resolves undefined. The SDK reads everything else itself (OTEL_SERVICE_NAME, OTEL_EXPORTER_OTLP_PROTOCOL,
 * OTEL_TRACES_SAMPLER, OTEL_PROPAGATORS…). The HTTP instrumentation continues the trace of an incoming request;
 * the gateway's subgraph fetcher (undici) puts the `traceparent` header on each subgraph call itself;
 * @apollo/gateway adds its own spans (plan, fetch per subgraph) once a tracer provider is registered.
 *
 * Must run before express and http are loaded: see scripts/tracing.mts, loaded with `--import`.
 */
export async function startTracing(serviceName: string, env: Env): Promise<Tracing | undefined> {
  if (!tracingRequested(env)) return undefined;
  // loaded only when asked for: the SDK and its exporters take seconds to import
  const [{ NodeSDK }, { HttpInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
  ]);
  const named =
    isSet(env['OTEL_SERVICE_NAME']) || /(?:^|,)\s*service\.name\s*=/.test(env['OTEL_RESOURCE_ATTRIBUTES'] ?? '');
  const sdk = new NodeSDK({
    // the SDK's serviceName overrides the variables; pass it only as the default
    ...(named ? {} : { serviceName }),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) =>
          UNTRACED_PATHS.has((request.url ?? '').split('?', 1)[0] ?? ''),
      }),
    ],
    // traces only: metrics are Prometheus' (GET /metrics), logs are pino's JSON lines
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return { flush: () => registeredProvider('forceFlush'), shutdown: () => sdk.shutdown() };
}

/**
 * Flushes and stops whatever tracer provider is registered (none when tracing is off), for a process's shutdown
 * after its servers have drained: spans of the last requests end during the drain.
 */
export function stopTracing(): Promise<void> {
  return registeredProvider('shutdown');
}

/**
 * Calls the registered SDK tracer provider's `forceFlush` or `shutdown`; nothing when none is registered. Through
 * the global API rather than a module variable: the preload (an ES module) and the application may hold two
 * instances of this module.
 */
async function registeredProvider(method: 'forceFlush' | 'shutdown'): Promise<void> {
  const registered = trace.getTracerProvider();
  const provider: object = registered instanceof ProxyTracerProvider ? registered.getDelegate() : registered;
  const call = (provider as Partial<Record<typeof method, unknown>>)[method];
  if (typeof call === 'function') await (call as () => Promise<void>).call(provider);
}
