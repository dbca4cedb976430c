import { ErrorCode, UserInputError } from './errors';

export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 200;

function badKey(message: string): UserInputError {
  return new UserInputError(ErrorCode.BAD_USER_INPUT, message, { argumentName: 'idempotencyKey' });
}

/**
 * A client's idempotency key, as every write that takes one accepts it: 8 to 200 characters, none of them a control
 * character (PostgreSQL refuses NUL in text, and keys end up in logs).
 */
export function checkIdempotencyKey(key: string): string {
  if (key.length < IDEMPOTENCY_KEY_MIN || key.length > IDEMPOTENCY_KEY_MAX) {
    throw badKey(
      `idempotencyKey must be ${IDEMPOTENCY_KEY_MIN} to ${IDEMPOTENCY_KEY_MAX} characters long (got ${key.length}); a UUID is a good key.`,
    );
  }
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) {
      throw badKey(
        `idempotencyKey must not contain control characters (found U+${code.toString(16).padStart(4, '0').toUpperCase()} at position ${i}); a UUID is a good key.`,
      );
    }
  }
  return key;
}
