import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import type { GeneratorFn } from 'cockatiel';
import type { Layer } from './layer';
import { backoffDelayMs } from './retryPolicy';
import type { RetryOptions } from './retryPolicy';
import { SubgraphFailure } from './subgraphFailure';

/**
 * Another attempt after a failure worth one (a network error, a timeout, 502-504), `retries` times at most, with
 * exponential backoff and full jitter (cockatiel's retry policy, our delays so a test can fix the dice). Queries
 * only: a mutation's subgraph may have done the work before the answer got lost, and doing it twice (a second
 * refund) is worse than an error. A call the open breaker refused is not retried: it would only be refused again.
 */
export function retryLayer(options: RetryOptions, random: () => number = Math.random): Layer {
  // full jitter, as backoffDelayMs computes it; the state is the number of retries so far
  const generator: GeneratorFn<number> = (state = 0) => [backoffDelayMs(state + 1, options, random), state + 1];
  const policy = retry(
    handleWhen((error) => error instanceof SubgraphFailure && error.retryable),
    { maxAttempts: options.retries, backoff: new ExponentialBackoff({ generator }) },
  );
  return (inner) => (request) => {
    if (request.kind !== 'query') return inner(request);
    return policy.execute(() => inner(request));
  };
}
