import type { GraphQLFormattedError, FormattedExecutionResult } from 'graphql';
import type { Caller } from '../../platform/caller';

/** One subscribe request, as a transport (SSE or WebSocket) hands it over after the token was verified. */
export interface LiveRequest {
  query: string;
  variables?: Record<string, unknown> | undefined;
  operationName?: string | undefined;
  /** Undefined only with AUTH_MODE=off. */
  caller: Caller | undefined;
  /** When the subscriber's token expires (ms since the epoch): the stream ends then, saying so. */
  tokenExpiresAt?: number | undefined;
  /** SSE `Last-Event-ID`, or `extensions.lastEventId`: resume after this event. */
  lastEventId?: string | undefined;
  requestId: string;
}

/** One message for the subscriber. */
export interface LiveMessage {
  /** The emission's event id (SSE `id:` line); undefined on a closing message. */
  id?: string | undefined;
  result: FormattedExecutionResult;
  /** The stream ends after this message (token expired, slow consumer, gateway stopping); `result.errors` says why. */
  final?: boolean;
}

/** The stream of one subscription; `return()` ends it (the client went away). */
export type LiveStream = AsyncIterableIterator<LiveMessage>;

export interface LiveService {
  /**
   * Checks the request like a query (parse, limits, validation, authorization, one root field of the live
   * subscription type, arguments) and, when it passes, starts the stream. Refusals come back as errors with a code
   * and a message naming the fix, never thrown.
   */
  open(request: LiveRequest): Promise<{ errors: GraphQLFormattedError[]; status: number } | LiveStream>;
  /** Ends every stream with a closing message (the gateway is stopping). */
  close(): Promise<void>;
}
