import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import type { Dispatcher } from 'undici';
import { SseParser } from './sseParser';

/** One change an emission listed, as the matcher needs it. */
export interface EmittedChange {
  id: string;
  kind: string;
  /** ms since the epoch. */
  changedAt: number;
  ticketId: string | undefined;
  orderId: string | undefined;
  shipmentId: string | undefined;
}

/** One `next` event of a customerChanged stream. */
export interface LiveEmission {
  /** When its first byte arrived (ms since the epoch, sub-millisecond): before parsing, so parsing is not counted. */
  receivedAt: number;
  eventId: string | undefined;
  resync: boolean;
  changes: EmittedChange[];
  /** GraphQL errors of the emission (the customer could not be resolved in part, or a refusal), as messages. */
  errors: string[];
}

export interface SubscriberOptions {
  dispatcher: Dispatcher;
  /** The gateway's SSE endpoint (`…/graphql/stream`). */
  url: string;
  authorization: string;
  query: string;
  customerId: string;
  onEmission(emission: LiveEmission): void;
  /** The stream ended before `close()`: the gateway completed it, refused it, or the connection broke. */
  onEnd(reason: string): void;
}

export interface LiveSubscriber {
  customerId: string;
  /** Resolves once the gateway accepted the subscription (200 and text/event-stream); rejects with its answer. */
  accepted: Promise<void>;
  close(): void;
}

interface ChangeShape {
  id?: string;
  kind?: string;
  changedAt?: string;
  ticket?: { id?: string } | null;
  order?: { id?: string } | null;
  shipment?: { id?: string } | null;
}
interface NextPayload {
  data?: { customerChanged?: { eventId?: string; resync?: boolean; changes?: ChangeShape[] } | null } | null;
  errors?: { message?: string }[];
}

/** The wall clock with sub-millisecond resolution, comparable with Date.now() in other processes. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

const ERROR_TEXT_CHARS = 300;

/**
 * One customerChanged subscription over SSE, the graphql-sse protocol's distinct-connections mode: POST the
 * operation with `Accept: text/event-stream`; every `event: next` carries `{"data": …}`, `event: complete` ends it.
 */
export function openSubscriber(options: SubscriberOptions): LiveSubscriber {
  const abort = new AbortController();
  let closed = false;
  const accepted = (async () => {
    const response = await request(options.url, {
      dispatcher: options.dispatcher,
      method: 'POST',
      signal: abort.signal,
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: options.authorization,
      },
      body: JSON.stringify({ query: options.query, variables: { id: options.customerId } }),
    });
    const type = String(response.headers['content-type'] ?? '');
    if (response.statusCode !== 200 || !type.startsWith('text/event-stream')) {
      const text = await response.body.text();
      throw new Error(`${response.statusCode} ${type}: ${text.slice(0, ERROR_TEXT_CHARS)}`);
    }
    return response.body;
  })();

  void accepted.then(
    async (body) => {
      const parser = new SseParser();
      const decoder = new TextDecoder();
      let completed = false;
      try {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          const receivedAt = preciseNow();
          for (const event of parser.push(decoder.decode(chunk, { stream: true }))) {
            if (event.event === 'next') options.onEmission(parseEmission(event.data, event.id, receivedAt));
            else if (event.event === 'complete') completed = true;
          }
        }
        if (!closed) options.onEnd(completed ? 'the gateway completed the stream' : 'the stream ended');
      } catch (error) {
        if (!closed) options.onEnd(`the stream broke: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    () => undefined,
  );

  return {
    customerId: options.customerId,
    accepted: accepted.then(() => undefined),
    close() {
      closed = true;
      abort.abort();
    },
  };
}

/** Reads one `next` event's data; a payload that is not JSON is an emission with an error, not a crash. */
export function parseEmission(data: string, id: string | undefined, receivedAt: number): LiveEmission {
  let payload: NextPayload;
  try {
    payload = JSON.parse(data) as NextPayload;
  } catch {
    return { receivedAt, eventId: id, resync: false, changes: [], errors: [`not JSON: ${data.slice(0, 100)}`] };
  }
  const update = payload.data?.customerChanged;
  return {
    receivedAt,
    eventId: update?.eventId ?? id,
    resync: update?.resync === true,
    changes: (update?.changes ?? []).map((change) => ({
      id: change.id ?? '',
      kind: change.kind ?? '',
      changedAt: change.changedAt === undefined ? Number.NaN : Date.parse(change.changedAt),
      ticketId: change.ticket?.id,
      orderId: change.order?.id,
      shipmentId: change.shipment?.id,
    })),
    errors: (payload.errors ?? []).map(({ message }) => message ?? 'an error without a message'),
  };
}
