import { IDENTIFIERS } from '../../platform/identifierForms';
import { ErrorCode, invalidIdentifier, UserInputError } from './errors';

// the forms themselves are shared with the gateway, which checks subscription arguments against them
export { IDENTIFIERS };

export type IdentifierKind = keyof typeof IDENTIFIERS;

/**
 * Returns `value` (passed through `normalize` if given) if it has the shape of `kind`, else throws
 * INVALID_IDENTIFIER naming `argumentName`. The length is checked first, on the value as sent.
 */
export function checkIdentifier(
  kind: IdentifierKind,
  argumentName: string,
  value: string,
  normalize?: (value: string) => string,
): string {
  const { pattern, expected } = IDENTIFIERS[kind];
  checkLength(kind, argumentName, value);
  const normalized = normalize ? normalize(value) : value;
  if (!pattern.test(normalized)) throw invalidIdentifier(argumentName, normalized, expected);
  return normalized;
}

/** Returns `value` if it is at most `kind`'s maxLength characters long, else throws INVALID_IDENTIFIER saying so. */
export function checkLength(kind: IdentifierKind, argumentName: string, value: string): string {
  const { maxLength, expected } = IDENTIFIERS[kind];
  if (value.length > maxLength) {
    throw new UserInputError(
      ErrorCode.INVALID_IDENTIFIER,
      `${argumentName} is ${value.length} characters long; it may have at most ${maxLength}. Expected ${expected}.`,
      { argumentName, maxLength },
    );
  }
  return value;
}

/** Tracking numbers are typed by hand: upper-case them and drop spaces before checking. */
export function normalizeTrackingNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** Phone numbers are typed by hand: drop spaces, dashes, dots and brackets before checking. */
export function normalizePhone(value: string): string {
  return value.replace(/[\s\-().]/g, '');
}

/** E-mail addresses are pasted with stray spaces around them. */
export const trim = (value: string): string => value.trim();

/** Order and ticket numbers are typed by hand, in any case. */
export const trimUpperCase = (value: string): string => value.trim().toUpperCase();
