import type { RefObject } from 'react';

interface Checkable {
  check(): boolean;
  ref: RefObject<HTMLElement>;
}

/** Checks every field (each shows its own problem) and puts the cursor in the first one with a problem. */
export function checkFields(fields: readonly Checkable[]): boolean {
  const results = fields.map((field) => field.check());
  const first = fields.find((_field, index) => !results[index]);
  first?.ref.current?.focus();
  return first === undefined;
}
