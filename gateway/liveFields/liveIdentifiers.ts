import { liveArgumentError } from '../subscriptions';
import type { GraphQLError } from 'graphql';

/**
 * The identifier forms of the subscription arguments: the same as the subgraphs check
 * (subgraphs/shared/identifiers.ts, which the gateway may not import), so a subscription is refused for the id a
 * query would refuse. Keep them in step, and with the argument descriptions in schema/live.graphql.
 */
export const LIVE_IDENTIFIERS = {
  customerId: { pattern: /^cus_[1-9]\d{0,11}$/, expected: 'cus_<number>, e.g. cus_1' },
  ticketId: { pattern: /^tkt_[1-9]\d{0,11}$/, expected: 'tkt_<number>, e.g. tkt_1' },
  ticketNumber: { pattern: /^T-\d{6,12}$/, expected: 'T-<6 to 12 digits>, e.g. T-100001' },
  teamCode: { pattern: /^[a-z][_a-z]{0,39}$/, expected: 'a team code in lower case, e.g. billing (see Query.teams)' },
} as const;

/** The longest identifier looked at: longer text is refused before the pattern runs. */
const MAX_LENGTH = 64;

/** An INVALID_IDENTIFIER error when `value` is not of the form `kind`, naming the argument and the form. */
export function identifierError(
  kind: keyof typeof LIVE_IDENTIFIERS,
  argumentName: string,
  value: unknown,
): GraphQLError | undefined {
  const { pattern, expected } = LIVE_IDENTIFIERS[kind];
  if (typeof value === 'string' && value.length <= MAX_LENGTH && pattern.test(value)) return undefined;
  const shown =
    typeof value !== 'string' ? String(value) : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return liveArgumentError('INVALID_IDENTIFIER', `${argumentName} ${shown} is not valid. Expected ${expected}.`);
}
