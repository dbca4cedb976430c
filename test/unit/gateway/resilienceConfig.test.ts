import { join } from 'node:path';
import { parseGatewayConfig } from '../../../gateway/config';
import { ConfigError } from '../../../platform/settings';
import { loadSupergraph } from '../../../gateway/supergraph';

const OURS = join(__dirname, '..', '..', '..', 'schema', 'supergraph.graphql');
const load = () => loadSupergraph(OURS);

describe('Gateway config: subgraph timeouts, retries, breakers, in-flight dedup and the shutdown drain', () => {
  it('defaults to 5 s per attempt, 2 retries, a breaker of 5 failures and 5 s, dedup on, a 10 s drain', () => {
    expect(parseGatewayConfig({}, load)).toMatchObject({
      resilience: {
        timeoutMs: 5_000,
        timeoutsMs: {},
        retries: 2,
        baseDelayMs: 100,
        maxDelayMs: 1_000,
        breakerFailures: 5,
        breakerCooldownMs: 5_000,
        dedup: true,
      },
      drainMs: 10_000,
    });
  });

  it('reads every variable, and a deadline per subgraph', () => {
    const config = parseGatewayConfig(
      {
        SUBGRAPH_TIMEOUT_MS: '2000',
        SUBGRAPH_LOGISTICS_TIMEOUT_MS: ' 800 ',
        SUBGRAPH_RETRIES: '0',
        SUBGRAPH_RETRY_BASE_DELAY_MS: '20',
        SUBGRAPH_RETRY_MAX_DELAY_MS: '200',
        SUBGRAPH_BREAKER_FAILURES: '3',
        SUBGRAPH_BREAKER_COOLDOWN_MS: '1500',
        SHUTDOWN_DRAIN_MS: '3000',
        SUBGRAPH_CRM_TIMEOUT_MS: '',
        SUBGRAPH_DEDUP: 'OFF',
      },
      load,
    );
    expect(config.resilience).toEqual({
      timeoutMs: 2_000,
      timeoutsMs: { logistics: 800 },
      retries: 0,
      baseDelayMs: 20,
      maxDelayMs: 200,
      breakerFailures: 3,
      breakerCooldownMs: 1_500,
      dedup: false,
    });
    expect(config.drainMs).toBe(3_000);
  });

  it('reports every bad value together, each with its fix', () => {
    let error: unknown;
    try {
      parseGatewayConfig(
        {
          SUBGRAPH_TIMEOUT_MS: '0',
          SUBGRAPH_RETRIES: 'two',
          SUBGRAPH_BREAKER_FAILURES: '0',
          SUBGRAPH_ORDERS_TIMEOUT_MS: '5s',
          SUBGRAPH_BILLING_TIMEOUT_MS: '100',
          SUBGRAPH_DEDUP: 'no',
        },
        load,
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^Invalid gateway configuration \(6 problems\)/);
    expect(message).toContain('SUBGRAPH_TIMEOUT_MS ("0"): must be at least 1. Set SUBGRAPH_TIMEOUT_MS to a deadline');
    expect(message).toContain('SUBGRAPH_RETRIES ("two"): must be a whole number. Set SUBGRAPH_RETRIES');
    expect(message).toContain('SUBGRAPH_BREAKER_FAILURES ("0"): must be at least 1.');
    expect(message).toContain('SUBGRAPH_DEDUP ("no"): must be on or off. Set SUBGRAPH_DEDUP to on (the default');
    expect(message).toContain(
      'SUBGRAPH_ORDERS_TIMEOUT_MS ("5s"): must be a whole number. Set SUBGRAPH_ORDERS_TIMEOUT_MS',
    );
    expect(message).toContain(
      `SUBGRAPH_BILLING_TIMEOUT_MS ("100"): ${OURS} has no subgraph by that name. Use one of: crm (SUBGRAPH_CRM_TIMEOUT_MS)`,
    );
  });
});
