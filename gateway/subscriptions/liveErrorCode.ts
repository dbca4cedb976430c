import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

/** Error codes of live subscriptions: refusals of a subscribe request, and why a stream ended. */
export enum LiveErrorCode {
  /** The gateway holds LIVE_MAX_SUBSCRIPTIONS streams already; HTTP 503, try again later or another replica. */
  SUBSCRIPTION_CAPACITY = 'SUBSCRIPTION_CAPACITY',
  /** This caller holds LIVE_MAX_SUBSCRIPTIONS_PER_CALLER streams already; HTTP 429, close one first. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  /** The subscription field has no live binding in this gateway (it serves only the fields it was given); 400. */
  LIVE_FIELD_NOT_SERVED = 'LIVE_FIELD_NOT_SERVED',
  /** Final message: the subscriber read more slowly than emissions came (LIVE_BUFFER of them waited). */
  SLOW_CONSUMER = 'SLOW_CONSUMER',
  /** Final message: the subscriber's token expired. */
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  /** Final message: the gateway is stopping. */
  GATEWAY_STOPPING = 'GATEWAY_STOPPING',
}

/** A refusal of a subscribe request, as LiveService.open returns it. */
export interface LiveRefusal {
  errors: GraphQLFormattedError[];
  status: number;
}

export function liveRefusal(status: number, code: string, message: string): LiveRefusal {
  return { status, errors: [{ message, extensions: { code } }] };
}

/** A user-input error of a binding's argument check (INVALID_IDENTIFIER, BAD_USER_INPUT). */
export function liveArgumentError(code: 'INVALID_IDENTIFIER' | 'BAD_USER_INPUT', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
