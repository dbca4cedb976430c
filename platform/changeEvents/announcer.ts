import type { ChangeInput } from './changeEvent';
import type { ChangeFeed } from './changeFeed';
import { entityTag, subgraphTag } from './entityTag';
import type { InvalidationPublisher } from './InvalidationPublisher';

/** Announces a subgraph's changes: what a write (or a scheduled job) calls once its transaction committed. */
export interface Announcer {
  /** Invalidates the entities' cache tags (resolves once caches will miss them), then appends the change to the feed. */
  announce(change: ChangeInput): Promise<void>;
}

/** The scoped cache tags of a change's entities: one per entity and key (`tickets/Ticket:number=T-100001`). */
export function changeTags(subgraph: string, change: ChangeInput): string[] {
  return change.entities.flatMap(({ typename, keys }) =>
    Object.entries(keys).map(([field, value]) => subgraphTag(subgraph, entityTag(typename, { [field]: value }))),
  );
}

/**
 * Invalidation first, then the feed: a subscriber that resolves the event reads through the entity cache, which
 * must already miss the old answer.
 */
export function announcer(
  subgraph: string,
  publisher: InvalidationPublisher,
  feed: ChangeFeed,
  now: () => Date = () => new Date(),
): Announcer {
  return {
    async announce(change) {
      await publisher.publish(changeTags(subgraph, change));
      await feed.append([{ ...change, system: subgraph, changedAt: now().toISOString() }]);
    },
  };
}
