import { readSupergraphReloadVariables } from '../../../../gateway/reload';

describe('readSupergraphReloadVariables: SUPERGRAPH_WATCH, SUPERGRAPH_URL, SUPERGRAPH_POLL_INTERVAL', () => {
  it('watches the file and polls nothing by default', () => {
    expect(readSupergraphReloadVariables({})).toEqual({
      issues: [],
      reload: { watch: true, url: undefined, pollIntervalMs: 30_000 },
    });
  });

  it('reads a URL to poll, how often, and watching turned off', () => {
    const env = {
      SUPERGRAPH_WATCH: 'false',
      SUPERGRAPH_URL: 'https://registry.internal/supergraph.graphql',
      SUPERGRAPH_POLL_INTERVAL: '5m',
    };
    expect(readSupergraphReloadVariables(env).reload).toEqual({
      watch: false,
      url: 'https://registry.internal/supergraph.graphql',
      pollIntervalMs: 300_000,
    });
  });

  it('reports every bad variable with its fix', () => {
    const { issues } = readSupergraphReloadVariables({
      SUPERGRAPH_WATCH: 'sometimes',
      SUPERGRAPH_URL: 'ftp://registry/supergraph',
      SUPERGRAPH_POLL_INTERVAL: '0',
    });
    expect(issues.map(({ variable, fix }) => [variable, fix.split(' ').slice(0, 2).join(' ')])).toEqual([
      ['SUPERGRAPH_WATCH', 'Set SUPERGRAPH_WATCH'],
      ['SUPERGRAPH_URL', 'Set SUPERGRAPH_URL'],
      ['SUPERGRAPH_POLL_INTERVAL', 'Set SUPERGRAPH_POLL_INTERVAL'],
    ]);
  });
});
