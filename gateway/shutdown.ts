/**
 * Runs `stop` once on SIGINT or SIGTERM, then exits. A second signal while stopping exits at once, so a stuck
 * shutdown never needs `kill -9`.
 *
 * Takes the signals over from the handlers already installed: every Apollo Server outside NODE_ENV=test stops
 * itself on a signal and then re-raises it, which would reach us as the "second signal" and exit before the
 * databases are closed. (tsx's own relay handler is hidden from `process.listeners` and so stays.)
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
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, handle);
  }
}
