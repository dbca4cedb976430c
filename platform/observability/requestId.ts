import { randomUUID } from 'node:crypto';

/** What a request id from outside may look like: a token that is safe in a header, a log line and a label. */
const SANE_REQUEST_ID = /^[\w.-]{1,128}$/;

/**
 * The id of a request: the caller's `x-request-id` when it is a sane token (so a load balancer's or a client's id
 * ties their logs to ours), otherwise a fresh UUID. Anything else is dropped, not cleaned: a header of 10 kB or
 * one with a newline must not reach the logs or the subgraphs.
 */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}
