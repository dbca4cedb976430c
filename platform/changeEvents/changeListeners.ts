import type { ChangeEvent } from './changeEvent';

export type ChangeListener = (event: ChangeEvent) => void;

/**
 * The subscribers of a feed. A listener that throws is reported and the others still hear the event: one broken
 * subscription must not silence the rest, nor fail the write that announced the change.
 */
export class ChangeListeners {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly onError: (error: Error) => void) {}

  get size(): number {
    return this.listeners.size;
  }

  /** Adds `listener`; returns the function that removes it. */
  add(listener: ChangeListener): () => void {
    // a wrapper per subscription, so that subscribing one function twice needs two unsubscribes
    const entry: ChangeListener = (event) => listener(event);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  clear(): void {
    this.listeners.clear();
  }

  deliver(event: ChangeEvent): void {
    // a copy: a listener may unsubscribe (itself or another) while the event is delivered
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.onError(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
}
