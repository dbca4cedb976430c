import { useCallback, useRef } from 'react';

/**
 * One idempotency key per intended change: the same key while the person retries the same action (a double click,
 * a retry after a network error), a new one once it succeeded or they changed what they are sending. The gateway's
 * ticket mutations then never write twice.
 */
export function useIdempotencyKey(): { key(input: unknown): string; done(): void } {
  const held = useRef<{ input: string; key: string } | undefined>(undefined);
  const key = useCallback((input: unknown) => {
    const text = JSON.stringify(input);
    if (held.current?.input !== text) held.current = { input: text, key: crypto.randomUUID() };
    return held.current.key;
  }, []);
  const done = useCallback(() => {
    held.current = undefined;
  }, []);
  return { key, done };
}
