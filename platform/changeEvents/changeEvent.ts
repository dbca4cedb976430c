/**
 * The change feed's protocol: what a subgraph announces after a write (or a scheduled job after time passed), and
 * what the gateways' live subscriptions read. The entity cache's invalidation tags are derived from the same
 * announcement (requestInvalidation.announce), so a change cannot be invalidated without being announced.
 */

/** An entity a change touched, by every key it is known by: `{ typename: 'Ticket', keys: { id: 'tkt_1', number: 'T-100001' } }`. */
export interface ChangedEntity {
  typename: string;
  keys: Readonly<Record<string, string>>;
}

/** A fact of the change that subscriptions filter or report on (`team`, `reasons`, `deadline`…). */
export type ChangeFact = string | number | boolean | null | readonly string[];

/** What a subgraph says happened: `kind` is one of the live schema's LiveChangeKind values. */
export interface ChangeInput {
  kind: string;
  entities: readonly ChangedEntity[];
  facts?: Readonly<Record<string, ChangeFact>>;
}

/** A change as the feed carries it: who made it and when, before the feed gives it an id. */
export interface ChangeRecord extends ChangeInput {
  /** The subgraph that made the change (`tickets`). */
  system: string;
  /** ISO-8601 UTC. */
  changedAt: string;
}

/** A change as subscribers receive it, with its feed id (`<milliseconds>-<sequence>`, increasing). */
export interface ChangeEvent extends ChangeRecord {
  id: string;
}
