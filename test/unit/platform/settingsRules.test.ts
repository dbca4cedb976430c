import {
  booleanVariable,
  ConfigError,
  CONFIG_INVALID,
  durationVariable,
  enumVariable,
  HIDDEN,
  httpUrlVariable,
  integerVariable,
  portVariable,
  postgresUrlVariable,
  readMatchingVariables,
  readVariables,
  redisUrlVariable,
  secretVariable,
  stringVariable,
} from '../../../platform/settings';
import type { VariableSpec } from '../../../platform/settings';

/** The problem one rule finds in `raw`, or its value. */
function judge(schema: VariableSpec['schema'], raw: string | undefined): { value?: unknown; problem?: string } {
  const { values, issues } = readVariables({ X: raw }, { X: { schema, fix: 'Fix X' } });
  return issues[0] ? { problem: issues[0].problem } : { value: values.X };
}

const DEV_SECRET = 'the-public-development-secret-of-this-repo';
const OWN_SECRET = 'a-random-secret-of-our-own-0123456789abcdef';

describe('Settings rules: blank means unset, for every rule', () => {
  it.each([
    ['stringVariable', stringVariable('fallback'), 'fallback'],
    ['integerVariable', integerVariable(7), 7],
    ['portVariable', portVariable(4000), 4000],
    ['booleanVariable', booleanVariable(true), true],
    ['enumVariable', enumVariable(['a', 'b'], 'b'), 'b'],
    ['httpUrlVariable', httpUrlVariable(), undefined],
    ['redisUrlVariable', redisUrlVariable(), undefined],
    ['postgresUrlVariable', postgresUrlVariable(), undefined],
    ['durationVariable', durationVariable(60, { min: 1, max: 3600 }), 60],
    [
      'secretVariable',
      secretVariable({ minLength: 32, devDefault: DEV_SECRET, production: false, requiredInProduction: true }),
      undefined,
    ],
  ])('%s takes its unset value for unset, empty and whitespace-only variables', (_name, schema, unset) => {
    for (const raw of [undefined, '', '   ', '\t\n']) expect(judge(schema, raw)).toEqual({ value: unset });
  });

  it('trims the values it keeps', () => {
    expect(judge(stringVariable('x'), '  0.0.0.0 ')).toEqual({ value: '0.0.0.0' });
    expect(judge(integerVariable(1), ' 42 ')).toEqual({ value: 42 });
  });
});

describe('Settings rules: each check', () => {
  it('integerVariable accepts whole numbers in its range only', () => {
    const rule = integerVariable(5, { min: 1, max: 10 });
    expect(judge(rule, '10')).toEqual({ value: 10 });
    expect(judge(rule, '0')).toEqual({ problem: 'must be at least 1' });
    expect(judge(rule, '11')).toEqual({ problem: 'must be at most 10' });
    expect(judge(rule, '1.5')).toEqual({ problem: 'must be a whole number' });
    expect(judge(rule, '-1')).toEqual({ problem: 'must be a whole number' });
  });

  it('portVariable accepts 0 (a free port) to 65535', () => {
    expect(judge(portVariable(4000), '0')).toEqual({ value: 0 });
    expect(judge(portVariable(4000), '65536')).toEqual({ problem: 'must be at most 65535' });
  });

  it('booleanVariable reads true/false, 1/0, yes/no, on/off in any case', () => {
    for (const raw of ['true', 'TRUE', '1', 'yes', 'On'])
      expect(judge(booleanVariable(false), raw)).toEqual({ value: true });
    for (const raw of ['false', '0', 'No', 'off']) expect(judge(booleanVariable(true), raw)).toEqual({ value: false });
    expect(judge(booleanVariable(true), 'maybe')).toEqual({ problem: 'must be true or false' });
  });

  it('enumVariable takes one of its values in any case, naming them all otherwise', () => {
    const rule = enumVariable(['off', 'memory', 'redis'], undefined);
    expect(judge(rule, 'Redis')).toEqual({ value: 'redis' });
    expect(judge(rule, 'disk')).toEqual({ problem: 'must be one of off, memory, redis' });
    expect(judge(enumVariable(['jwt', 'off'], 'jwt', 'must be jwt or off'), 'none')).toEqual({
      problem: 'must be jwt or off',
    });
  });

  it('the URL rules tell a non-URL from a URL of the wrong kind', () => {
    expect(judge(httpUrlVariable(), 'https://id.example.com/jwks')).toEqual({ value: 'https://id.example.com/jwks' });
    expect(judge(httpUrlVariable(), 'ftp://x/y')).toEqual({ problem: 'must start with http:// or https://' });
    expect(judge(httpUrlVariable(), 'not a url').problem).toMatch(/^is not a URL/);
    expect(judge(redisUrlVariable(), 'rediss://r:6380')).toEqual({ value: 'rediss://r:6380' });
    expect(judge(redisUrlVariable(), 'http://r:6379')).toEqual({ problem: 'must be a redis:// or rediss:// URL' });
    expect(judge(postgresUrlVariable(), 'postgresql://u@h/db')).toEqual({ value: 'postgresql://u@h/db' });
    expect(judge(postgresUrlVariable(), 'mysql://u@h/db')).toEqual({
      problem: 'must be a postgres:// or postgresql:// connection string',
    });
  });

  it('durationVariable reads 90m, 12h, 1d or seconds, within its bounds', () => {
    const rule = durationVariable(3600, { min: 60, max: 86_400 });
    expect(judge(rule, '90m')).toEqual({ value: 5400 });
    expect(judge(rule, '120')).toEqual({ value: 120 });
    expect(judge(rule, 'an hour').problem).toMatch(/^is not a duration such as 12h/);
    expect(judge(rule, '2d')).toEqual({ problem: 'must be between 1m and 24h' });
  });

  it('secretVariable wants a long secret, and in production one of our own', () => {
    const rule = (production: boolean, requiredInProduction = true) =>
      secretVariable({ minLength: 32, devDefault: DEV_SECRET, production, requiredInProduction });
    expect(judge(rule(false), OWN_SECRET)).toEqual({ value: OWN_SECRET });
    expect(judge(rule(false), DEV_SECRET)).toEqual({ value: DEV_SECRET });
    expect(judge(rule(false), 'short')).toEqual({ problem: 'is 5 characters; it needs at least 32' });
    expect(judge(rule(true), DEV_SECRET).problem).toMatch(/^is the public development secret/);
    expect(judge(rule(true), undefined)).toEqual({ problem: 'must be a secret of your own when NODE_ENV=production' });
    expect(judge(rule(true, false), undefined)).toEqual({ value: undefined });
  });
});

describe('Settings reader: every bad variable at once, no secret shown', () => {
  const specs = {
    PORT: { schema: portVariable(4000), fix: 'Set PORT to a free port' },
    RETRIES: { schema: integerVariable(2, { max: 10 }), fix: 'Set RETRIES to 0-10' },
    SECRET: {
      schema: secretVariable({ minLength: 32, devDefault: DEV_SECRET, production: true, requiredInProduction: true }),
      fix: 'Set SECRET to a random secret',
    },
    KEY: { schema: stringVariable(''), fix: 'Set KEY', secret: true },
    DATABASE_URL: { schema: postgresUrlVariable(), fix: 'Set DATABASE_URL to PostgreSQL' },
  };

  it('lists every bad variable, each with its value, problem and fix, and gives the good ones', () => {
    const { values, issues } = readVariables(
      { PORT: 'eighty', RETRIES: '11', SECRET: DEV_SECRET, KEY: 'k', DATABASE_URL: 'postgres://h/db' },
      specs,
    );
    expect(issues.map(({ variable }) => variable)).toEqual(['PORT', 'RETRIES', 'SECRET']);
    // a bad variable's value is its unset one, so the values stay well-typed
    expect(values).toEqual({ PORT: 4000, RETRIES: 2, KEY: 'k', DATABASE_URL: 'postgres://h/db' });
    const error = new ConfigError(issues, 'test configuration');
    expect(error.code).toBe(CONFIG_INVALID);
    expect(error.message).toBe(
      [
        'Invalid test configuration (3 problems):',
        '  - PORT ("eighty"): must be a whole number. Set PORT to a free port.',
        '  - RETRIES ("11"): must be at most 10. Set RETRIES to 0-10.',
        '  - SECRET ((set; not shown)): is the public development secret from this repository, refused when NODE_ENV=production. Set SECRET to a random secret.',
      ].join('\n'),
    );
  });

  it('never shows a secret, nor the password in a connection string', () => {
    const { issues } = readVariables(
      { SECRET: 'short-secret-4711', KEY: '   ', DATABASE_URL: 'mysql://admin:hunter2-pw@db:3306/x' },
      { SECRET: specs.SECRET, KEY: { ...specs.KEY, schema: integerVariable(1) }, DATABASE_URL: specs.DATABASE_URL },
    );
    expect(issues.map(({ variable, value }) => [variable, value])).toEqual([
      ['SECRET', HIDDEN],
      ['DATABASE_URL', 'mysql://admin:***@db:3306/x'],
    ]);
    const message = new ConfigError(issues).message;
    expect(message).not.toContain('short-secret-4711');
    expect(message).not.toContain('hunter2-pw');
  });

  it('reads the variables a pattern names, skipping blank ones', () => {
    const { values, issues } = readMatchingVariables(
      { SUBGRAPH_CRM_URL: 'http://crm/graphql', SUBGRAPH_ORDERS_URL: ' ', SUBGRAPH_TICKETS_URL: 'tickets', OTHER: 'x' },
      /^SUBGRAPH_.+_URL$/,
      (variable) => ({ schema: httpUrlVariable(), fix: `Set ${variable}` }),
    );
    expect([...values]).toEqual([['SUBGRAPH_CRM_URL', 'http://crm/graphql']]);
    expect(issues).toEqual([
      expect.objectContaining({ variable: 'SUBGRAPH_TICKETS_URL', fix: 'Set SUBGRAPH_TICKETS_URL' }),
    ]);
  });
});
