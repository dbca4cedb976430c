import { cachePrefixVariable, DEFAULT_CACHE_PREFIX } from '../../../platform/changeEvents';
import { enumVariable, integerVariable, readVariables, redisUrlVariable } from '../../../platform/settings';
import type { Env, EnvIssue } from '../../../platform/settings';
import { readResponseCacheVariables } from '../../responseCache';
import type { ResponseCacheConfig } from '../../responseCache';

export const ENTITY_CACHE_MODES = ['off', 'memory', 'redis'] as const;
export type EntityCacheMode = (typeof ENTITY_CACHE_MODES)[number];

export interface EntityCacheConfig {
  /** `memory`: this process only; `redis`: shared by every gateway on the same Redis and prefix. */
  mode: EntityCacheMode;
  /** Entries an in-memory cache keeps at most (least recently used go first). */
  maxEntries: number;
  /** With `redis`: the store. With `memory`: where invalidations from other processes arrive (pub/sub). */
  redisUrl?: string | undefined;
  /** Prefix of the cache's Redis keys and channel; gateways and subgraphs must agree on it. */
  prefix: string;
  /** Whole responses kept on top of a `memory` cache (gateway/responseCache); undefined: none. */
  responses?: ResponseCacheConfig | undefined;
}

export const DEFAULT_MAX_ENTRIES = 20_000;
export const ENTITY_CACHE_OFF: EntityCacheConfig = { mode: 'off', maxEntries: 0, prefix: DEFAULT_CACHE_PREFIX };

/**
 * ENTITY_CACHE (default: `redis` when REDIS_URL is set, else `memory`), ENTITY_CACHE_MAX_ENTRIES, REDIS_URL,
 * ENTITY_CACHE_PREFIX and the response cache's RESPONSE_CACHE* (on by default with `memory`), every bad one reported.
 */
export function readEntityCacheVariables(env: Env): { entityCache: EntityCacheConfig; issues: EnvIssue[] } {
  const { values, issues } = readVariables(env, {
    ENTITY_CACHE: {
      schema: enumVariable(ENTITY_CACHE_MODES, undefined),
      fix: 'Set ENTITY_CACHE to off, memory (this gateway only) or redis (shared; needs REDIS_URL), or unset it',
    },
    ENTITY_CACHE_MAX_ENTRIES: {
      schema: integerVariable(DEFAULT_MAX_ENTRIES, { min: 1, max: 10_000_000 }),
      fix: `Set ENTITY_CACHE_MAX_ENTRIES to how many answers an in-memory cache keeps, e.g. ${DEFAULT_MAX_ENTRIES}`,
    },
    REDIS_URL: {
      schema: redisUrlVariable(),
      fix: 'Set REDIS_URL to your Redis, e.g. redis://127.0.0.1:6379, or unset it',
    },
    ENTITY_CACHE_PREFIX: cachePrefixVariable(),
  });
  const redisUrl = values.REDIS_URL;
  const mode = values.ENTITY_CACHE ?? (redisUrl ? 'redis' : 'memory');
  if (mode === 'redis' && !redisUrl && !issues.some(({ variable }) => variable === 'REDIS_URL')) {
    issues.push({
      variable: 'ENTITY_CACHE',
      value: env['ENTITY_CACHE'],
      problem: 'redis needs REDIS_URL',
      fix: 'Set REDIS_URL (e.g. redis://127.0.0.1:6379), or ENTITY_CACHE=memory',
    });
  }
  const { responses, issues: responseIssues } = readResponseCacheVariables(env, mode === 'memory');
  return {
    entityCache: {
      mode,
      maxEntries: values.ENTITY_CACHE_MAX_ENTRIES,
      redisUrl,
      prefix: values.ENTITY_CACHE_PREFIX,
      responses,
    },
    issues: [...issues, ...responseIssues],
  };
}
