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
  /** The ticket's status does not allow this change (e.g. resolving a resolved ticket). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** The ticket is closed for good and accepts no change. */
  TICKET_CLOSED = 'TICKET_CLOSED',
  /** A transfer or consultation names the team that already owns the ticket. */
  SAME_TEAM = 'SAME_TEAM',
  /** The agent does not belong to the team the change requires. */
  AGENT_NOT_IN_TEAM = 'AGENT_NOT_IN_TEAM',
  /** An answer to a consultation that is not open. */
  NO_OPEN_CONSULTATION = 'NO_OPEN_CONSULTATION',
  /** An idempotency key sent again with a different request. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The caller may not do this (e.g. an agent acting as another agent). */
  FORBIDDEN = 'FORBIDDEN',
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

/** The most characters of a caller's value a message repeats; the rest becomes "…". */
export const MAX_QUOTED_LENGTH = 64;

/**
 * `value` as a JSON string literal for a message, cut to its first MAX_QUOTED_LENGTH characters and "…". A message
 * that repeats a megabyte of input costs every later pass over it (the gateway's error formatting, the logs) and
 * tells the caller nothing more than its start does.
 */
export function quote(value: string): string {
  if (value.length <= MAX_QUOTED_LENGTH) return JSON.stringify(value);
  const code = value.charCodeAt(MAX_QUOTED_LENGTH - 1);
  // never cut a surrogate pair in two
  const end = code >= 0xd800 && code <= 0xdbff ? MAX_QUOTED_LENGTH - 1 : MAX_QUOTED_LENGTH;
  return JSON.stringify(`${value.slice(0, end)}…`);
}

export function notFound(what: string, argumentName: string, value: string): UserInputError {
  return new UserInputError(
    ErrorCode.NOT_FOUND,
    `No ${what} has ${argumentName} ${quote(value)}. Check the value, or search by another identifier.`,
    {
      argumentName,
    },
  );
}

export function invalidIdentifier(argumentName: string, value: string, expected: string): UserInputError {
  return new UserInputError(
    ErrorCode.INVALID_IDENTIFIER,
    `${quote(value)} is not a valid ${argumentName}: expected ${expected}.`,
    { argumentName },
  );
}

/** Thrown for states that mean *our* bug, never the caller's. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`invariant violated: ${message}`);
}
