import type { CombinedError } from '@urql/core';

/** One error as the person at the screen should read it: the gateway's message (it names the fix) and its code. */
export interface ShownError {
  message: string;
  code?: string | undefined;
  /** The subgraph that failed, for SUBGRAPH_UNAVAILABLE and friends (`logistics`). */
  service?: string | undefined;
  /** Where in the result it belongs (`customer.orders`), for partial pages. */
  path?: string | undefined;
}

const NETWORK_MESSAGE =
  'The console cannot reach the gateway. Check your connection; the page retries when you act again.';

/** urql's CombinedError, flattened into what ErrorNotice shows. Never shows a stack or raw response. */
export function shownErrors(error: CombinedError | undefined): ShownError[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ message: NETWORK_MESSAGE, code: 'NETWORK' }];
  }
  return error.graphQLErrors.map((graphQLError) => {
    const extensions = graphQLError.extensions as Record<string, unknown> | undefined;
    const code = typeof extensions?.['code'] === 'string' ? extensions['code'] : undefined;
    const service = typeof extensions?.['serviceName'] === 'string' ? extensions['serviceName'] : undefined;
    return {
      message: graphQLError.message,
      code,
      service,
      path: graphQLError.path?.join('.'),
    };
  });
}

/** The systems whose data is missing from a partial result, by name, for "Orders could not be loaded" notices. */
export function failedServices(error: CombinedError | undefined): string[] {
  return [...new Set(shownErrors(error).flatMap((shown) => (shown.service ? [shown.service] : [])))];
}
