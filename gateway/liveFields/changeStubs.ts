import type { ChangeEvent } from '../../platform/changeEvents';

/** An entity of the live subgraph as a stub: its key, for the query plan to fetch the rest from its subgraph. */
export interface EntityStub {
  __typename: string;
  id: string;
}

/** The event's entity of `typename` (by its `id` key), or null when the event names none. */
export function stubOf(event: ChangeEvent, typename: string): EntityStub | null {
  const id = event.entities.find((entity) => entity.typename === typename)?.keys['id'];
  return id === undefined ? null : { __typename: typename, id };
}

/** The ids the event knows entities of `typename` by, under `key`. */
export function keysOf(event: ChangeEvent, typename: string, key: string): string[] {
  const keys: string[] = [];
  for (const entity of event.entities) {
    const value = entity.typename === typename ? entity.keys[key] : undefined;
    if (value !== undefined) keys.push(value);
  }
  return keys;
}

/** A LiveChange of the live schema: the event's own fields and its ticket, order and parcel. */
export function liveChange(event: ChangeEvent): Record<string, unknown> {
  return {
    id: event.id,
    // SourceSystem values are the subgraph names in capitals
    system: event.system.toUpperCase(),
    kind: event.kind,
    changedAt: event.changedAt,
    ticket: stubOf(event, 'Ticket'),
    order: stubOf(event, 'Order'),
    shipment: stubOf(event, 'Shipment'),
  };
}

/** The text fact `name`, or undefined when the event has none. */
export function textFact(event: ChangeEvent, name: string): string | undefined {
  const value = event.facts?.[name];
  return typeof value === 'string' ? value : undefined;
}

export const TEAM_QUEUE_CHANGED = 'TEAM_QUEUE_CHANGED';
export const SLA_DEADLINE = 'SLA_DEADLINE';
