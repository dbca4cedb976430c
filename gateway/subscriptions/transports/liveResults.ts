import type { FormattedExecutionResult } from 'graphql';
import type { LiveStream } from '../liveService';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A LiveStream as the GraphQL transport libraries take it: the results alone, in order, with each one's event id
 * kept aside (graphql-sse prints only `event` and `data`; the SSE writer adds the `id:` lines from here).
 *
 * Hand-written rather than an `async function*`: a generator asked to `return()` while it awaits the next message
 * would wait for that message first, and a quiet subscription would then hold its slot in the LiveService long
 * after the client left. Here `return()` ends the LiveStream at once.
 *
 * `paced`: hand over a result only once the previous one was `delivered()` (written to the socket, which drained).
 * graphql-sse pulls its operation as fast as it can and queues what it prints without bound; with pacing, a client
 * that stops reading stops the pulling, and the LiveService's bounded buffer decides when to drop it.
 */
export class LiveResults implements AsyncGenerator<FormattedExecutionResult, undefined, unknown> {
  /** Event ids of the results handed over and not yet delivered, oldest first (undefined: a closing message). */
  private readonly ids: (string | undefined)[] = [];
  private inFlight = false;
  private wake: (() => void) | undefined;
  private ended = false;
  private finalGiven = false;
  /** The id of the newest emission handed over: what this subscriber would resume after. */
  lastEventId: string | undefined;

  constructor(
    private readonly stream: LiveStream,
    private readonly options: { paced: boolean },
  ) {}

  async next(): Promise<IteratorResult<FormattedExecutionResult, undefined>> {
    while (this.options.paced && this.inFlight && !this.ended) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    if (this.ended || this.finalGiven) return this.end();
    const item = await this.stream.next();
    if (this.ended || item.done === true) return this.end();
    const { id, result, final } = item.value;
    if (id !== undefined) this.lastEventId = id;
    this.finalGiven = final === true;
    this.ids.push(id);
    this.inFlight = true;
    return { done: false, value: result };
  }

  /** The event id of the oldest result not yet written, for its `id:` line; call once per written result. */
  takeId(): string | undefined {
    return this.ids.shift();
  }

  /** The oldest result is on its way to the client (the socket drained): the next one may be pulled. */
  delivered(): void {
    this.inFlight = false;
    this.wakeUp();
  }

  async return(): Promise<IteratorResult<FormattedExecutionResult, undefined>> {
    if (!this.ended) {
      this.ended = true;
      this.wakeUp();
      // not awaited: a LiveStream ends at once, and a slow one must not hold the transport's clean-up
      this.stream.return?.().catch(() => undefined);
    }
    return DONE;
  }

  async throw(): Promise<IteratorResult<FormattedExecutionResult, undefined>> {
    return this.return();
  }

  [Symbol.asyncIterator](): AsyncGenerator<FormattedExecutionResult, undefined, unknown> {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }

  private end(): IteratorResult<FormattedExecutionResult, undefined> {
    this.ended = true;
    return DONE;
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
