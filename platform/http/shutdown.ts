import { stopTracing } from '../observability/tracing';

/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal while stopping exits at once, so a stuck
 * shutdown never needs `kill -9`.
 *
 * Every ApolloServer we build has `stopOnTerminationSignals: false`: Apollo's own handler would stop the server
 * and re-raise the signal, which would reach us as the "second signal" and exit before the databases are closed.
 */
export function onShutdown(stop: () => Promise<void>, log: (line: string) => void = (line) => console.log(line)): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: exiting without waiting.`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: stopping…`);
    // tracing last: the spans of requests that finished while draining are exported too (a no-op when it is off)
    stop()
      .then(() => stopTracing())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Shutdown failed:', error);
          process.exit(1);
        },
      );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, handle);
  }
}
