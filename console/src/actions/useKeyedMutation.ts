import { useCallback } from 'react';
import { useMutation } from 'urql';
import type { AnyVariables, CombinedError, DocumentInput, OperationResult } from '@urql/core';
import { useIdempotencyKey } from '../ui/idempotencyKey';

/**
 * A ticket mutation sent with an idempotency key: the same key while the same input is sent again (a double click,
 * a retry after a network error or a refusal), a new one after it succeeded. The disabled button only makes a
 * second request unlikely; the key is what makes the server write once.
 */
export function useKeyedMutation<Data, Variables extends AnyVariables>(
  document: DocumentInput<Data, Variables>,
  /** Called when the server answered with errors (a refusal, not a lost connection). */
  onRefused?: () => void,
): {
  fetching: boolean;
  error: CombinedError | undefined;
  /** `withKey` builds the variables around the key for `input`, whatever the mutation calls its key argument. */
  send(input: object, withKey: (idempotencyKey: string) => Variables): Promise<OperationResult<Data, Variables>>;
} {
  const [state, execute] = useMutation(document);
  const { key, done } = useIdempotencyKey();
  const send = useCallback(
    async (input: object, withKey: (idempotencyKey: string) => Variables) => {
      const result = await execute(withKey(key(input)));
      if (result.data && !result.error) done();
      else if (result.error?.graphQLErrors.length) onRefused?.();
      return result;
    },
    [execute, key, done, onRefused],
  );
  return { fetching: state.fetching, error: state.error, send };
}
