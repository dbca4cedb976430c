import { ErrorCode, UserInputError } from './errors';

/**
 * Trims `value` and checks it is 1 to `max` characters, else BAD_USER_INPUT naming `argumentName`. The check every
 * free text a caller writes goes through (ticket messages, reasons, CRM notes); NUL and lone surrogates never get
 * this far (invalidTextPlugin refuses the whole request).
 */
export function requiredText(argumentName: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) {
    throw new UserInputError(ErrorCode.BAD_USER_INPUT, `${argumentName} must not be empty: write a few words.`, {
      argumentName,
    });
  }
  if (text.length > max) {
    throw new UserInputError(
      ErrorCode.BAD_USER_INPUT,
      `${argumentName} is ${text.length} characters long; shorten it to at most ${max}.`,
      { argumentName },
    );
  }
  return text;
}
