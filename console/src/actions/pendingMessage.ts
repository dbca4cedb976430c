/** A reply or note sent from the console, shown as "Sending…" until the page's conversation has it. */
export interface PendingMessage {
  /** The idempotency key's input, stringified: one pending entry per intended message, however often it is sent. */
  id: string;
  direction: 'OUTBOUND' | 'INTERNAL';
  channel: string | null;
  body: string;
}
