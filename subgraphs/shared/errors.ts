import { GraphQLError } from 'graphql';

/** Every error code a subgraph returns in `extensions.code`. */
export enum ErrorCode {
  /** The identifier is well-formed but nothing has it. */
  NOT_FOUND = 'NOT_FOUND',
  /** The identifier is not of the form the field documents. */
  INVALID_IDENTIFIER = 'INVALID_IDENTIFIER',
  /** `first` is above the maximum page size (or below 0). */
  PAGE_SIZE_TOO_LARGE = 'PAGE_SIZE_TOO_LARGE',
  /** `after` is not a cursor this list handed out. */
  INVALID_CURSOR = 'INVALID_CURSOR',
  /** Any other argument that cannot be used as given. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** Our fault. The message says nothing more; the details are in the subgraph's log. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error the caller can fix. The message says what was wrong and how to fix it. */
export class UserInputError extends GraphQLError {
  constructor(
    code: Exclude<ErrorCode, ErrorCode.INTERNAL_SERVER_ERROR>,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export function notFound(what: string, argumentName: string, value: string): UserInputError {
  return new UserInputError(
    ErrorCode.NOT_FOUND,
    `No ${what} has ${argumentName} ${JSON.stringify(value)}. Check the value, or search by another identifier.`,
    {
      argumentName,
    },
  );
}

export function invalidIdentifier(argumentName: string, value: string, expected: string): UserInputError {
  return new UserInputError(
    ErrorCode.INVALID_IDENTIFIER,
    `${JSON.stringify(value)} is not a valid ${argumentName}: expected ${expected}.`,
    { argumentName },
  );
}

/** Thrown for states that mean *our* bug, never the caller's. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant violated: ${message}`);
}
