import type { FormattedExecutionResult } from 'graphql';
import type { Caller } from '../../platform/caller';
import type { LiveRefusal } from './liveErrorCode';

/**
 * A subscribe request checked and planned once (see createSubscriptionExecutor): what the live service needs to
 * route events to it and to resolve each emission through the graph.
 */
export interface LivePreparedSubscription {
  /** The Subscription field selected, e.g. `customerChanged`. */
  field: string;
  /** Its arguments, variables and defaults applied. */
  args: Record<string, unknown>;
  /** The field's alias or name in the response. */
  responseKey: string;
  /**
   * Equal for subscriptions whose every emission resolves to the same result (same document, variables and caller
   * visibility): the service resolves those once and sends the result to each.
   */
  shareKey: string;
  /** Resolves one emission: `rootValue` is the Subscription field's value (the binding's `rootValue`). */
  resolve(rootValue: Record<string, unknown>, options: { requestId: string }): Promise<FormattedExecutionResult>;
}

/** What the live service asks of the executor (structurally: createSubscriptionExecutor's result satisfies it). */
export interface LiveExecutor {
  prepare(request: {
    query: string;
    variables?: Record<string, unknown> | undefined;
    operationName?: string | undefined;
    caller: Caller | undefined;
  }): Promise<LiveRefusal | LivePreparedSubscription> | LiveRefusal | LivePreparedSubscription;
}

export function isRefusal(value: LiveRefusal | LivePreparedSubscription): value is LiveRefusal {
  return 'errors' in value;
}
