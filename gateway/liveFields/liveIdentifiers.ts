import { liveArgumentError } from '../subscriptions';
import type { GraphQLError } from 'graphql';
import { IDENTIFIERS } from '../../platform/identifierForms';

/** The identifier forms the subscription arguments take: the subgraphs' own (platform/identifierForms.ts). */
export const LIVE_IDENTIFIERS = {
  customerId: IDENTIFIERS.customerId,
  ticketId: IDENTIFIERS.ticketId,
  ticketNumber: IDENTIFIERS.ticketNumber,
  teamCode: IDENTIFIERS.teamCode,
} as const;

/** An INVALID_IDENTIFIER error when `value` is not of the form `kind`, naming the argument and the form. */
export function identifierError(
  kind: keyof typeof LIVE_IDENTIFIERS,
  argumentName: string,
  value: unknown,
): GraphQLError | undefined {
  const { pattern, expected, maxLength } = LIVE_IDENTIFIERS[kind];
  if (typeof value === 'string' && value.length <= maxLength && pattern.test(value)) return undefined;
  const shown =
    typeof value !== 'string' ? String(value) : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return liveArgumentError('INVALID_IDENTIFIER', `${argumentName} ${shown} is not valid. Expected ${expected}.`);
}
