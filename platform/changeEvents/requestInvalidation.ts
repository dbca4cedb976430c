import type { ApolloServerPlugin } from '@apollo/server';
import { announcer, changeTags } from './announcer';
import type { ChangeInput } from './changeEvent';
import type { ChangeFeed } from './changeFeed';
import { NO_FEED } from './changeFeed';
import { subgraphTag } from './entityTag';
import type { InvalidationPublisher } from './InvalidationPublisher';

/**
 * The response extension in which a subgraph lists the entity tags a mutation changed. The gateway that sent the
 * mutation invalidates them in its own cache before it answers (the gateway's cache layer), whatever the topology: even
 * a gateway whose subgraphs cannot reach its memory or its Redis never serves its own caller a stale read.
 */
export const INVALIDATED_EXTENSION = 'c360Invalidated';

/** One request's invalidations: published as they happen, and listed in the response. */
export interface RequestInvalidation {
  /** Publishes the entity tags (resolves once caches will miss them) and lists them in the response. */
  invalidate(tags: readonly string[]): Promise<void>;
  /**
   * Announces a change: invalidates its entities' tags (listed in the response too), then appends it to the change
   * feed for live subscriptions (see announcer.ts).
   */
  announce(change: ChangeInput): Promise<void>;
  readonly tags: ReadonlySet<string>;
}

/** What a subgraph context carries to invalidate; optional, so that unit tests need not build one. */
export interface InvalidatingContext {
  invalidation?: RequestInvalidation | undefined;
}

/** The invalidations of one request to `subgraph`, whose tags it scopes to itself (see subgraphTag). */
export function requestInvalidation(
  publisher: InvalidationPublisher,
  subgraph: string,
  feed: ChangeFeed = NO_FEED,
): RequestInvalidation {
  const tags = new Set<string>();
  const changes = announcer(subgraph, publisher, feed);
  return {
    tags,
    async announce(change) {
      for (const tag of changeTags(subgraph, change)) tags.add(tag);
      await changes.announce(change);
    },
    async invalidate(changed) {
      const scoped = changed.map((tag) => subgraphTag(subgraph, tag));
      for (const tag of scoped) tags.add(tag);
      await publisher.publish(scoped);
    },
  };
}

/** Adds the request's invalidated tags to the response's extensions (see INVALIDATED_EXTENSION). */
export function invalidationExtensionPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const tags = (contextValue as InvalidatingContext).invalidation?.tags;
          if (!tags || tags.size === 0 || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [INVALIDATED_EXTENSION]: [...tags] };
        },
      };
    },
  };
}
