import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { textProblem } from './actionFields';
import type { TextFieldName } from './actionFields';

export interface TextField {
  name: TextFieldName;
  value: string;
  setValue(value: string): void;
  /** The client-side problem shown under the field since the last submit, cleared as soon as they type. */
  error: string | undefined;
  /** Checks the value before sending and shows the problem, if any (checkFields focuses the first one). */
  check(): boolean;
  ref: RefObject<HTMLTextAreaElement>;
}

/** One text field of an action form, with the subgraph's limits checked before the request goes out. */
export function useTextField(name: TextFieldName): TextField {
  const [value, setRawValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const ref = useRef<HTMLTextAreaElement>(null);
  const setValue = useCallback((next: string) => {
    setRawValue(next);
    setError(undefined);
  }, []);
  const check = useCallback(() => {
    const problem = textProblem(name, value);
    setError(problem);
    return problem === undefined;
  }, [name, value]);
  return { name, value, setValue, error, check, ref };
}
