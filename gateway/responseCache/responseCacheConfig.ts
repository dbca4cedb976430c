import { enumVariable, integerVariable, readVariables } from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';

export interface ResponseCacheConfig {
  /** Responses kept at most (least recently used go first). */
  maxEntries: number;
  /** Their serialised size at most, in bytes (the heap holds them parsed: about 1.4 times as much for a story). */
  maxBytes: number;
}

const MIB = 1024 * 1024;
export const DEFAULT_RESPONSE_CACHE: ResponseCacheConfig = { maxEntries: 2_000, maxBytes: 64 * MIB };

/**
 * RESPONSE_CACHE (`on` or `off`; default on when the entity cache is in this process's memory, the only place it
 * can be), RESPONSE_CACHE_MAX_ENTRIES and RESPONSE_CACHE_MAX_MB, every bad one reported. `entitiesInMemory`:
 * ENTITY_CACHE=memory. Undefined: no response cache.
 */
export function readResponseCacheVariables(
  env: Env,
  entitiesInMemory: boolean,
): { responses: ResponseCacheConfig | undefined; issues: EnvIssue[] } {
  const { values, issues } = readVariables(env, {
    RESPONSE_CACHE: {
      schema: enumVariable(['on', 'off'], undefined),
      fix: 'Set RESPONSE_CACHE to on (with ENTITY_CACHE=memory) or off, or unset it',
    },
    RESPONSE_CACHE_MAX_ENTRIES: {
      schema: integerVariable(DEFAULT_RESPONSE_CACHE.maxEntries, { min: 1, max: 1_000_000 }),
      fix: `Set RESPONSE_CACHE_MAX_ENTRIES to how many responses the gateway keeps, e.g. ${DEFAULT_RESPONSE_CACHE.maxEntries}`,
    },
    RESPONSE_CACHE_MAX_MB: {
      schema: integerVariable(DEFAULT_RESPONSE_CACHE.maxBytes / MIB, { min: 1, max: 65_536 }),
      fix: `Set RESPONSE_CACHE_MAX_MB to the size the kept responses may reach in MiB, e.g. ${DEFAULT_RESPONSE_CACHE.maxBytes / MIB}`,
    },
  });
  if (values.RESPONSE_CACHE === 'on' && !entitiesInMemory) {
    issues.push({
      variable: 'RESPONSE_CACHE',
      value: env['RESPONSE_CACHE'],
      problem: 'needs ENTITY_CACHE=memory',
      fix: "Set ENTITY_CACHE=memory, or unset RESPONSE_CACHE: kept in one gateway's memory, responses could not see another gateway's writes at once, which ENTITY_CACHE=redis promises",
    });
  }
  const on = entitiesInMemory && (values.RESPONSE_CACHE ?? 'on') === 'on';
  return {
    responses: on
      ? { maxEntries: values.RESPONSE_CACHE_MAX_ENTRIES, maxBytes: values.RESPONSE_CACHE_MAX_MB * MIB }
      : undefined,
    issues,
  };
}
