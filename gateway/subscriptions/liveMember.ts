import type { Caller } from '../../platform/caller';
import type { ChangeEvent } from '../../platform/changeEvents';
import type { LiveMessage, LiveStream } from './liveService';

/** One resolved emission of a group, as its members receive it. */
export interface Emission {
  /** The last event's id: the message's id, and the id to resume after. */
  eventId: string;
  /** The events it lists, oldest first; a member skips those it already had (after a replay). */
  events: readonly ChangeEvent[];
  message: LiveMessage;
}

/**
 * One subscriber's stream: a bounded queue of messages between the registry (which pushes) and the transport (which
 * pulls with `next()`). It never throws; it ends with a final message, or silently when the transport calls
 * `return()` (the client went away).
 */
export class LiveMember implements LiveStream {
  private readonly queue: LiveMessage[] = [];
  private waiting: ((result: IteratorResult<LiveMessage>) => void) | undefined;
  private done = false;
  /** Emissions that arrived while `busy` (replaying, or resolving a private emission), delivered after it. */
  readonly held: Emission[] = [];
  /** Set while a private emission is being resolved: later emissions wait in `held` to keep their order. */
  busy = false;
  /** The newest event id this member was given (to skip it if it comes again); undefined: nothing yet. */
  position: string | undefined;
  /** The id of the last message the transport took, for a slow consumer's resume hint. */
  taken: string | undefined;
  /** The id of the last message queued, for a final message's resume hint. */
  queued: string | undefined;
  /** Called once when the stream ends, however it ends: frees the slot in the registry. */
  onEnd: () => void = () => undefined;

  constructor(
    readonly requestId: string,
    readonly caller: Caller | undefined,
    /** The id to resume after when nothing was delivered yet (the request's Last-Event-ID, or the feed's newest). */
    public startId: string | undefined,
  ) {}

  get ended(): boolean {
    return this.done;
  }

  /** Messages queued and held, not yet taken by the transport. */
  get backlog(): number {
    return this.queue.length + this.held.length;
  }

  /** The id a client should resume after, given what it will have received. */
  resumeId(): string | undefined {
    return this.queued ?? this.startId;
  }

  /** The id a client that loses the queue should resume after. */
  takenId(): string | undefined {
    return this.taken ?? this.startId;
  }

  push(message: LiveMessage): void {
    if (this.done) return;
    if (message.id !== undefined) this.queued = message.id;
    this.deliver(message);
  }

  /**
   * Ends the stream with `final` as its last message. `dropQueue` discards what the client did not take yet (a slow
   * consumer: memory is the point); otherwise the queue is delivered first.
   */
  end(final: LiveMessage | undefined, { dropQueue = false } = {}): void {
    if (this.done) return;
    this.held.length = 0;
    if (dropQueue) this.queue.length = 0;
    if (final) this.deliver({ ...final, final: true });
    this.done = true;
    if (this.queue.length === 0) this.settle({ done: true, value: undefined });
    this.onEnd();
  }

  next(): Promise<IteratorResult<LiveMessage>> {
    const message = this.queue.shift();
    if (message) {
      if (message.id !== undefined) this.taken = message.id;
      return Promise.resolve({ done: false, value: message });
    }
    if (this.done) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<LiveMessage>> {
    this.queue.length = 0;
    this.end(undefined);
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): LiveStream {
    return this;
  }

  private deliver(message: LiveMessage): void {
    if (this.waiting) {
      if (message.id !== undefined) this.taken = message.id;
      this.settle({ done: false, value: message });
    } else {
      this.queue.push(message);
    }
  }

  private settle(result: IteratorResult<LiveMessage>): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(result);
  }
}
