import { DEV_SIGNING_SECRET } from '../../../platform/caller';
import { ConfigError } from '../../../platform/settings';
import { parseSubgraphEnv } from '../../../subgraphs/shared/subgraphSettings';

const SHORT_SECRET = 'short-subgraph-secret-93q';

function refusal(env: Record<string, string>): ConfigError {
  try {
    parseSubgraphEnv({ name: 'orders' }, env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Subgraph settings: one ConfigError for every bad variable, as the gateway reports them', () => {
  it('takes its own port, PGlite folder and the dev secret when nothing is set, blanks included', () => {
    const settings = parseSubgraphEnv({ name: 'orders' }, { PORT: ' ', DATABASE_URL: '', LOG_LEVEL: '' });
    expect(settings).toMatchObject({
      port: 4002,
      host: '127.0.0.1',
      databaseUrl: undefined,
      security: { mode: 'signed', signingSecret: DEV_SIGNING_SECRET },
      redisUrl: undefined,
      logLevel: 'info',
    });
    expect(settings.dataDir).toMatch(/\.data\/orders$/);
  });

  it('lists every problem at once, LOG_LEVEL among them, each with its fix', () => {
    const error = refusal({
      PORT: 'eighty',
      DATABASE_URL: 'mysql://u@h/orders',
      SUBGRAPH_AUTH: 'none',
      SUBGRAPH_SIGNING_SECRET: SHORT_SECRET,
      REDIS_URL: 'http://r:6379',
      LOG_LEVEL: 'loud',
    });
    expect(error.issues.map(({ variable }) => variable)).toEqual([
      'PORT',
      'DATABASE_URL',
      'SUBGRAPH_AUTH',
      'SUBGRAPH_SIGNING_SECRET',
      'REDIS_URL',
      'LOG_LEVEL',
    ]);
    expect(error.message).toMatch(/^Invalid orders subgraph configuration \(6 problems\):/);
    expect(error.message).toContain('PORT ("eighty"): must be a whole number. Set PORT to a free port such as 4002');
    expect(error.message).toContain('REDIS_URL ("http://r:6379"): must be a redis:// or rediss:// URL. Set REDIS_URL');
    expect(error.message).toContain('SUBGRAPH_SIGNING_SECRET ((set; not shown)): is 25 characters');
    expect(error.message).not.toContain(SHORT_SECRET);
  });
});
