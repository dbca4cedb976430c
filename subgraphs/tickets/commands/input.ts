import { lifecycleErrors } from './lifecycleErrors';

/** Trims `value` and checks it is 1 to `max` characters, else BAD_USER_INPUT naming `argumentName`. */
export function requiredText(argumentName: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) {
    throw lifecycleErrors.badInput(argumentName, `${argumentName} must not be empty: write a few words.`);
  }
  if (text.length > max) {
    throw lifecycleErrors.badInput(
      argumentName,
      `${argumentName} is ${text.length} characters long; shorten it to at most ${max}.`,
    );
  }
  return text;
}

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;
export const REASON_MAX = 500;
