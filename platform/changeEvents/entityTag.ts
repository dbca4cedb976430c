/**
 * The name of one entity in the gateway's entity cache and in invalidation events: `Order:number=ORD-100001`. An
 * entity with several keys (`Order` by `id` and by `number`) has one tag per key, and a write publishes all of them,
 * because a cached answer may know the entity by either.
 */
export function entityTag(typename: string, key: Readonly<Record<string, string | number>>): string {
  const fields = Object.keys(key)
    .sort()
    .map((field) => `${field}=${encodeURIComponent(String(key[field]))}`);
  // encoded values keep tags free of spaces and newlines, which the Redis scripts use as separators
  return `${typename}:${fields.join(',')}`;
}

/**
 * A tag as a subgraph's change publishes it and the gateway files its answers: `tickets/Customer:id=cus_1`. A
 * subgraph's answers depend only on its own database and on the representations the gateway sends it (which are
 * part of the cache key), so a ticket write need not drop what crm said about the same customer.
 */
export function subgraphTag(subgraph: string, tag: string): string {
  return `${subgraph}/${tag}`;
}

/** Implicitly on every cache entry: invalidating it empties the whole cache (used after a lost invalidation). */
export const EVERY_ENTITY_TAG = '*';
