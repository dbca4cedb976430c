import { readAuthVariables } from '../../../gateway/auth';
import { readEntityCacheVariables } from '../../../gateway/dataSources/cache/entityCacheConfig';
import { DEV_SIGNING_SECRET, MIN_SIGNING_SECRET_LENGTH } from '../../../platform/caller';
import { DEFAULT_CACHE_PREFIX } from '../../../platform/changeEvents';
import { ConfigError } from '../../../platform/settings';
import type { EnvIssue } from '../../../platform/settings';
import { parseSubgraphEnv } from '../../../subgraphs/shared/subgraphSettings';

/** What a subgraph says of `env`: its problems, or none. */
function subgraphIssues(env: Record<string, string>): readonly EnvIssue[] {
  try {
    parseSubgraphEnv({ name: 'tickets' }, env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
}

const about = (issues: readonly EnvIssue[], variable: string) => issues.filter((issue) => issue.variable === variable);

describe('Settings both sides read: the gateway and every subgraph judge them by one definition', () => {
  it.each([
    ['a secret one character too short', 'x'.repeat(MIN_SIGNING_SECRET_LENGTH - 1), { NODE_ENV: 'production' }],
    ['the development default, in production', DEV_SIGNING_SECRET, { NODE_ENV: 'production' }],
    ['a secret one character too short, outside production', 'y'.repeat(MIN_SIGNING_SECRET_LENGTH - 1), {}],
  ])('SUBGRAPH_SIGNING_SECRET: %s is refused by both, with the same words', (_case, secret, extra) => {
    const env = { ...extra, SUBGRAPH_SIGNING_SECRET: secret };
    const gateway = about(readAuthVariables(env).issues, 'SUBGRAPH_SIGNING_SECRET');
    const subgraph = about(subgraphIssues(env), 'SUBGRAPH_SIGNING_SECRET');
    expect(gateway).toHaveLength(1);
    expect(subgraph).toEqual(gateway);
    // a secret is never repeated back, whichever side refuses it
    expect(JSON.stringify(subgraph)).not.toContain(secret);
  });

  it('SUBGRAPH_SIGNING_SECRET: a good secret is taken by both as it is', () => {
    const secret = 'z'.repeat(MIN_SIGNING_SECRET_LENGTH);
    const env = { SUBGRAPH_SIGNING_SECRET: ` ${secret} ` };
    expect(readAuthVariables(env).config.signingSecret).toBe(secret);
    expect(parseSubgraphEnv({ name: 'tickets' }, env).security).toEqual({ mode: 'signed', signingSecret: secret });
  });

  it('ENTITY_CACHE_PREFIX: both default to the same prefix, blank included, and take the same value when set', () => {
    for (const env of [{}, { ENTITY_CACHE_PREFIX: '  ' }]) {
      expect(readEntityCacheVariables(env).entityCache.prefix).toBe(DEFAULT_CACHE_PREFIX);
      expect(parseSubgraphEnv({ name: 'tickets' }, env).cachePrefix).toBe(DEFAULT_CACHE_PREFIX);
    }
    const env = { ENTITY_CACHE_PREFIX: 'staging:cache:' };
    expect(readEntityCacheVariables(env).entityCache.prefix).toBe('staging:cache:');
    expect(parseSubgraphEnv({ name: 'tickets' }, env).cachePrefix).toBe('staging:cache:');
  });
});
