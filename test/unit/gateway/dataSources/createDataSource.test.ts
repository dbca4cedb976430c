import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDataSource, DEFAULT_RESILIENCE } from '../../../../gateway/dataSources';
import type { FetchOutcome } from '../../../../gateway/dataSources';
import { subgraphRequest } from './subgraphRequest';

const QUERY = '{ customer(id: "cus_1") { name } }';

/** A stand-in subgraph that answers 503 with an HTML page until told otherwise, counting requests. */
async function flakySubgraph() {
  const state = { healthy: false, requests: 0 };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.requests += 1;
      if (state.healthy) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { customer: { name: 'Maria Keller' } } }));
      } else {
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<html>restarting</html>');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { state, url: `http://127.0.0.1:${port}/graphql`, stop: () => new Promise((r) => server.close(r)) };
}

describe('createDataSource: the layers composed', () => {
  it('retries each attempt through the breaker, reports each, and answers a lost call with one error', async () => {
    const subgraph = await flakySubgraph();
    const outcomes: FetchOutcome[] = [];
    const source = createDataSource({
      name: 'crm',
      url: subgraph.url,
      resilience: { ...DEFAULT_RESILIENCE, retries: 2, baseDelayMs: 1, breakerFailures: 4 },
      onFetch: (_name, _ms, outcome) => outcomes.push(outcome),
    });
    const answer = await source.fetch(subgraphRequest(QUERY));
    expect(answer).toEqual({
      errors: [
        {
          message: expect.stringContaining('The crm system is unavailable') as unknown,
          path: ['customer'],
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'crm' },
        },
      ],
    });
    expect(subgraph.state.requests).toBe(3);
    expect(source.health()).toEqual({ state: 'closed', lastError: 'SUBGRAPH_UNAVAILABLE' });

    // the fourth failed attempt opens the breaker; the retry after it is refused without a request
    await source.fetch(subgraphRequest(QUERY));
    expect(subgraph.state.requests).toBe(4);
    expect(outcomes.slice(3)).toEqual(['SUBGRAPH_UNAVAILABLE', 'CIRCUIT_OPEN']);
    expect(source.health().state).toBe('open');
    source.close();
    await subgraph.stop();
  });

  it('passes a healthy answer through every layer unchanged', async () => {
    const subgraph = await flakySubgraph();
    subgraph.state.healthy = true;
    const source = createDataSource({ name: 'crm', url: subgraph.url, resilience: DEFAULT_RESILIENCE });
    await expect(source.fetch(subgraphRequest(QUERY))).resolves.toEqual({
      data: { customer: { name: 'Maria Keller' } },
    });
    expect(source.health()).toEqual({ state: 'closed' });
    source.close();
    await subgraph.stop();
  });
});
