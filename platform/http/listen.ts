import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  server: Server;
  /** e.g. http://127.0.0.1:4000 (no trailing slash). */
  origin: string;
  port: number;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `drainMs`, default 10 s), then
   * closes every connection that is left.
   */
  close(drainMs?: number): Promise<void>;
}

/** How often a draining server closes the keep-alive connections that have gone idle since the last look. */
const IDLE_SWEEP_MS = 50;

/**
 * Listens on `port` (0 picks a free one). A port in use fails with a message naming the variable that fixes it,
 * instead of Node's bare `listen EADDRINUSE`.
 */
export function listen(
  handler: RequestListener,
  { port, host, portVariable = 'PORT' }: { port: number; host: string; portVariable?: string },
): Promise<Listening> {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} is in use: set ${portVariable} to a free port (e.g. ${portVariable}=${port + 100}), or stop what is using it.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new Error(
            `Port ${port} on ${host} needs privileges this process lacks: set ${portVariable} to a port above 1023.`,
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL') {
        reject(
          new Error(
            `${host} is not an address of this machine: set HOST to 127.0.0.1, 0.0.0.0 or one of its interfaces.`,
          ),
        );
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        server,
        origin: `http://${shownHost}:${address.port}`,
        port: address.port,
        close: (drainMs = 10_000) =>
          new Promise<void>((done, fail) => {
            // close() stops accepting and waits for every connection; a request in flight finishes first
            server.close((error) => {
              clearInterval(sweep);
              clearTimeout(deadline);
              if (error) fail(error);
              else done();
            });
            // keep-alive connections (browsers, the gateway's own agent) would hold close() open for seconds:
            // close each one as soon as it has no request in flight
            server.closeIdleConnections();
            const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
            // a request that outlives the drain is cut off: a stop must finish
            const deadline = setTimeout(() => server.closeAllConnections(), drainMs);
          }),
      });
    });
  });
}
