import { stringVariable } from '../settings';
import type { VariableSpec } from '../settings';
import { DEFAULT_CACHE_PREFIX } from './redisLayout';

/**
 * ENTITY_CACHE_PREFIX, read by the gateways (whose cache lives under it) and every subgraph (which announces its
 * changes under it): one definition, so both sides default to the same prefix.
 */
export function cachePrefixVariable() {
  return {
    schema: stringVariable(DEFAULT_CACHE_PREFIX),
    fix: `Set ENTITY_CACHE_PREFIX to the Redis key prefix gateways and subgraphs share, e.g. ${DEFAULT_CACHE_PREFIX}`,
  } satisfies VariableSpec;
}
