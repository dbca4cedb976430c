import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Gateway } from '../createGateway';

/**
 * One gateway built from one supergraph, and the requests it is answering. Immutable but for that count: a new
 * supergraph gets a new generation, and the old one is retired once its requests are done.
 */
export class Generation {
  private inFlight = 0;
  private readonly idleWaiters = new Set<() => void>();

  constructor(
    readonly gateway: Gateway,
    readonly hash: string,
  ) {}

  /** Requests (SSE streams among them) still being answered. */
  get requestsInFlight(): number {
    return this.inFlight;
  }

  /** Answers one request, counted until its response is done or its connection closed. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    this.inFlight++;
    res.once('close', () => {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.idleWaiters) resolve();
    });
    this.gateway.app(req, res);
  }

  /** Resolves true once no request is in flight, or false after `deadlineMs` with some still running. */
  whenIdle(deadlineMs: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (idle: boolean) => {
        clearTimeout(timer);
        this.idleWaiters.delete(onIdle);
        resolve(idle);
      };
      const onIdle = () => done(true);
      const timer = setTimeout(() => done(false), deadlineMs);
      this.idleWaiters.add(onIdle);
    });
  }
}
