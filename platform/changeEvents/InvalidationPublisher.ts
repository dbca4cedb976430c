import { EventEmitter } from 'node:events';

/**
 * How a subgraph tells the gateways' entity caches that entities changed. `publish` resolves once every cache that
 * could serve the old value will miss it (Redis: the tag versions are bumped; in-process: the listeners ran), so a
 * mutation that awaits it before answering is never followed by a stale read.
 */
export interface InvalidationPublisher {
  publish(tags: readonly string[]): Promise<void>;
}

/** For subgraphs that run without any cache in front of them (tests, a gateway with ENTITY_CACHE=off). */
export const NO_INVALIDATION: InvalidationPublisher = { publish: async () => undefined };

const EVENT = 'invalidate';

/**
 * Invalidation inside one process (`npm start`, tests): subgraphs and the gateway share it, and listeners run
 * synchronously inside `publish`.
 */
export class LocalInvalidationBus implements InvalidationPublisher {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(tags: readonly string[]): Promise<void> {
    this.emitter.emit(EVENT, tags);
  }

  /** Calls `listener` with the tags of every event; returns the unsubscribe function. */
  subscribe(listener: (tags: readonly string[]) => void): () => void {
    this.emitter.on(EVENT, listener);
    return () => this.emitter.off(EVENT, listener);
  }
}
