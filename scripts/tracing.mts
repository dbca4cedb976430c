// Loaded before the application with `tsx --import ./scripts/tracing.mts <script>` (npm start, npm run gateway,
// npm run subgraph), or built with `node --import ./dist/scripts/tracing.mjs dist/<script>.js`: OpenTelemetry must
// patch node's http module before express or the gateway's HTTP client load it. Does nothing unless the OTEL_*
// variables ask for traces (platform/observability/tracing.ts).
// An ES module (.mts) because only an ES module can make node wait for the SDK's asynchronous start (top-level
// await) before it runs the application.
import { createRequire } from 'node:module';
import type * as TracingModule from '../platform/observability/tracing.js';

// required, not imported: tsx would hand this ES module the CommonJS file as a data: URL, from which the SDK's
// lazy `import()` of a package cannot resolve. Built (dist/scripts/tracing.mjs), the sibling is JavaScript.
const built = import.meta.url.endsWith('.mjs');
const { defaultServiceName, startTracing } = createRequire(import.meta.url)(
  `../platform/observability/tracing.${built ? 'js' : 'ts'}`,
) as typeof TracingModule;

const tracing = await startTracing(defaultServiceName(process.argv), process.env);

if (tracing) {
  const report = (error: unknown) => console.error('tracing: could not export the last spans:', error);
  // The gateway shuts tracing down itself once it has drained (gateway/index.ts). For the other processes, export
  // what has ended when a stop signal arrives (the process exits from its own handler, without waiting for us)…
  const onSignal = (signal: NodeJS.Signals) => {
    // …and when nothing else handles the signal (still starting up), stop as node would have, after the export
    const alone = process.listenerCount(signal) === 1;
    tracing
      .flush()
      .catch(report)
      .finally(() => {
        if (!alone) return;
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.once('beforeExit', () => void tracing.shutdown().catch(report));
}
