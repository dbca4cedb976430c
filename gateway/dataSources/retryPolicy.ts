/** How a subgraph call is retried. */
export interface RetryOptions {
  /** Retries after the first attempt (0: none). Only queries are retried. */
  retries: number;
  /** Backoff ceiling of the first retry; doubles each retry. */
  baseDelayMs: number;
  /** Backoff ceiling, whatever the attempt. */
  maxDelayMs: number;
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

/**
 * The operation a subgraph request carries, read from its text: the gateway sends each subgraph a generated
 * operation that starts with its keyword (`query …`, `mutation …`) or `{` for an anonymous query.
 */
export function operationKindOf(query: string): OperationKind {
  const text = query.replace(/^(?:\s|#[^\n]*\n?)+/, '');
  if (text.startsWith('mutation')) return 'mutation';
  if (text.startsWith('subscription')) return 'subscription';
  return 'query';
}

/**
 * Exponential backoff with full jitter: a random delay in [0, min(max, base · 2^(attempt-1))). The jitter spreads
 * the retries of many concurrent requests so they do not hit a recovering subgraph in one wave.
 */
export function backoffDelayMs(attempt: number, options: RetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}
