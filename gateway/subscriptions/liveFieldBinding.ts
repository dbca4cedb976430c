import type { GraphQLError } from 'graphql';
import type { ChangeEvent } from '../../platform/changeEvents';

/** What one emission is, besides its events: the id to resume from, and whether changes were missed. */
export interface EmissionInfo {
  /** The last event's id (on a resync: the feed's newest id). */
  eventId: string;
  /** True when the subscriber missed changes the feed no longer holds: no events, the state is current. */
  resync: boolean;
}

/**
 * How the live service serves one field of the Subscription type: which arguments are valid, which events reach
 * which subscription (through topics, then a finer filter), and the value the live subgraph answers an emission
 * with. The gateway serves any supergraph; the product's fields are bound in gateway/liveFields.
 */
export interface LiveFieldBinding {
  /** The Subscription field, e.g. `customerChanged`. */
  readonly field: string;
  /** A user-input error naming the fix (codes INVALID_IDENTIFIER, BAD_USER_INPUT), or undefined when valid. */
  validateArgs(args: Readonly<Record<string, unknown>>): GraphQLError | undefined;
  /** The topics a subscription with these (valid) arguments listens to. */
  topicsOf(args: Readonly<Record<string, unknown>>): string[];
  /** The topics an event is published under for this field; none when the field never takes it. */
  topicsOfEvent(event: ChangeEvent): string[];
  /** A finer filter after the topics matched (e.g. slaAlerts' window); every event of the topics when absent. */
  accepts?(args: Readonly<Record<string, unknown>>, event: ChangeEvent): boolean;
  /**
   * The field's value for one emission, as the live subgraph's schema types it: event fields as they are, entities
   * as stubs `{ __typename, id }` that the query plan completes from their subgraphs.
   */
  rootValue(
    events: readonly ChangeEvent[],
    emission: EmissionInfo,
    args: Readonly<Record<string, unknown>>,
  ): Record<string, unknown>;
}
