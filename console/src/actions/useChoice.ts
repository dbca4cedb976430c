import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';

export interface Choice {
  value: string;
  setValue(value: string): void;
  error: string | undefined;
  /** Before sending: shows `unchosen` when nothing is chosen yet (checkFields focuses the first problem). */
  check(): boolean;
  ref: RefObject<HTMLSelectElement>;
}

/** A select that starts with nothing chosen and must be chosen before the form is sent. */
export function useChoice(unchosen: string, initial = ''): Choice {
  const [value, setRawValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const ref = useRef<HTMLSelectElement>(null);
  const setValue = useCallback((next: string) => {
    setRawValue(next);
    setError(undefined);
  }, []);
  const check = useCallback(() => {
    const problem = value === '' ? unchosen : undefined;
    setError(problem);
    return problem === undefined;
  }, [unchosen, value]);
  return { value, setValue, error, check, ref };
}
