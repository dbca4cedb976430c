import type { Logger } from 'pino';
import {
  connectOrRetryLater,
  LocalInvalidationBus,
  redisClient,
  redisInvalidationPublisher,
} from '../../../platform/changeEvents';
import type { InvalidationPublisher } from '../../../platform/changeEvents';
import type { EntityCacheConfig } from './entityCacheConfig';

export interface SubgraphInvalidation {
  /** What the subgraphs of this process publish on. */
  publisher: InvalidationPublisher;
  /** The in-process bus the gateway's cache listens to. */
  bus: LocalInvalidationBus;
  close(): Promise<void>;
}

/**
 * How subgraphs that share a process with the gateway (startAll) announce changes: on the in-process bus, and
 * first, with REDIS_URL, in Redis, so that gateways in other processes learn of them too. The bus comes last and
 * runs synchronously, so this process's cache has dropped the entries when publish resolves.
 */
export async function subgraphInvalidation(
  config: EntityCacheConfig | undefined,
  log: Logger | undefined,
): Promise<SubgraphInvalidation> {
  const bus = new LocalInvalidationBus();
  // with REDIS_URL even when this gateway's cache is off: other gateways on the same Redis may cache
  if (!config?.redisUrl) return { publisher: bus, bus, close: async () => undefined };
  const redis = redisClient(config.redisUrl, { connectionName: 'c360-subgraph-invalidations' });
  const warn = (error: Error) => log?.warn({ err: error.message }, 'entity cache invalidation: Redis failed');
  await connectOrRetryLater(redis, warn);
  const shared = redisInvalidationPublisher(redis, config.prefix, warn);
  return {
    bus,
    publisher: {
      async publish(tags) {
        await shared.publish(tags);
        await bus.publish(tags);
      },
    },
    close: async () => redis.disconnect(),
  };
}
