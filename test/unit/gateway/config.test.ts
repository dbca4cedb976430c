import { join } from 'node:path';
import { parseGatewayConfig, subgraphUrlVariable } from '../../../gateway/config';
import { ConfigError } from '../../../platform/settings';
import { loadSupergraph, parseSupergraph, SupergraphError } from '../../../gateway/supergraph';

const ROOT = join(__dirname, '..', '..', '..');
const OURS = join(ROOT, 'schema', 'supergraph.graphql');
const PRODUCTS = join(__dirname, 'fixtures', 'products.supergraph.graphql');
const FED1 = join(__dirname, 'fixtures', 'fed1.supergraph.graphql');

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('Supergraph: lists the subgraphs of any Federation 2 supergraph', () => {
  it('lists our five subgraphs with their composed URLs, and the live one the gateway serves itself', () => {
    expect(loadSupergraph(OURS).subgraphs).toEqual([
      { name: 'crm', url: 'http://localhost:4001/graphql' },
      { name: 'inventory', url: 'http://localhost:4003/graphql' },
      { name: 'live', url: 'gateway:live' },
      { name: 'logistics', url: 'http://localhost:4004/graphql' },
      { name: 'orders', url: 'http://localhost:4002/graphql' },
      { name: 'tickets', url: 'http://localhost:4005/graphql' },
    ]);
  });

  it('lists the subgraphs of a supergraph that is not ours', () => {
    expect(loadSupergraph(PRODUCTS).subgraphs).toEqual([
      { name: 'product-reviews', url: 'https://reviews.example.com/graphql' },
      { name: 'products', url: 'http://products.internal:8080/graphql' },
    ]);
  });

  it('names the path and the fix when the file is missing', () => {
    expect(() => loadSupergraph('/nowhere/supergraph.graphql')).toThrow(
      /Cannot load the supergraph from \/nowhere\/supergraph.graphql: the file does not exist\. Set SUPERGRAPH_PATH/,
    );
  });

  it('rejects a plain schema that is not a supergraph', () => {
    expect(() => parseSupergraph('type Query { hello: String }', 'plain.graphql')).toThrow(SupergraphError);
    expect(() => parseSupergraph('type Query { hello: String }', 'plain.graphql')).toThrow(
      /plain.graphql is not a valid Federation 2 supergraph: .*Compose it/,
    );
  });

  it('rejects a Federation 1 supergraph', () => {
    expect(() => loadSupergraph(FED1)).toThrow(/Federation 1 supergraph; this gateway serves Federation 2 only/);
  });
});

describe('Gateway config: parses the environment once, reporting every bad variable together', () => {
  it('defaults to 127.0.0.1:4000 and our supergraph, with no overrides', () => {
    const config = parseGatewayConfig({}, () => loadSupergraph(OURS));
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', subgraphUrls: {} });
    expect(config.supergraph.subgraphs).toHaveLength(6);
  });

  it('reads PORT, HOST, SUPERGRAPH_PATH and URL overrides, trimming blanks', () => {
    const config = parseGatewayConfig({
      PORT: ' 0 ',
      HOST: '0.0.0.0',
      SUPERGRAPH_PATH: PRODUCTS,
      SUBGRAPH_PRODUCTS_URL: 'http://127.0.0.1:5001/graphql',
      SUBGRAPH_PRODUCT_REVIEWS_URL: 'https://reviews.internal/graphql',
      UNRELATED: 'x',
    });
    expect(config.port).toBe(0);
    expect(config.host).toBe('0.0.0.0');
    expect(config.subgraphUrls).toEqual({
      products: 'http://127.0.0.1:5001/graphql',
      'product-reviews': 'https://reviews.internal/graphql',
    });
  });

  it('treats blank variables as unset', () => {
    expect(parseGatewayConfig({ PORT: '', HOST: '  ', SUPERGRAPH_PATH: '', SUBGRAPH_CRM_URL: ' ' })).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      subgraphUrls: {},
    });
  });

  it('reports every bad variable in one error, each with its value and fix', () => {
    const error = configError(() =>
      parseGatewayConfig({
        PORT: 'eighty',
        SUBGRAPH_CRM_URL: 'ftp://crm/graphql',
        SUBGRAPH_ORDERS_URL: 'not a url',
        SUBGRAPH_BILLING_URL: 'http://billing:4000/graphql',
      }),
    );
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual(
      ['PORT', 'SUBGRAPH_BILLING_URL', 'SUBGRAPH_CRM_URL', 'SUBGRAPH_ORDERS_URL'].sort(),
    );
    expect(error.message).toMatch(/^Invalid gateway configuration \(4 problems\):/);
    expect(error.message).toContain('PORT ("eighty"): must be a whole number. Set PORT to a free port such as 4000');
    expect(error.message).toContain('SUBGRAPH_CRM_URL ("ftp://crm/graphql"): must start with http:// or https://');
    expect(error.message).toContain('SUBGRAPH_ORDERS_URL ("not a url"): is not a URL');
  });

  it('rejects an override for a subgraph the supergraph does not have, listing the known ones', () => {
    const error = configError(() => parseGatewayConfig({ SUBGRAPH_BILLING_URL: 'http://billing:4000/graphql' }));
    expect(error.issues).toHaveLength(1);
    expect(error.message).toContain(
      // the default supergraph is found from the package root (the repository, or dist/ once built), not the cwd
      `SUBGRAPH_BILLING_URL ("http://billing:4000/graphql"): ${OURS} has no subgraph by that name`,
    );
    expect(error.message).toContain('crm (SUBGRAPH_CRM_URL), inventory (SUBGRAPH_INVENTORY_URL)');
  });

  it('judges override names against the supergraph in use, not ours', () => {
    const error = configError(() =>
      parseGatewayConfig({ SUPERGRAPH_PATH: PRODUCTS, SUBGRAPH_CRM_URL: 'http://crm/graphql' }),
    );
    expect(error.message).toContain(
      'Use one of: product-reviews (SUBGRAPH_PRODUCT_REVIEWS_URL), products (SUBGRAPH_PRODUCTS_URL)',
    );
  });

  it('reports a missing supergraph together with the other problems', () => {
    const error = configError(() => parseGatewayConfig({ SUPERGRAPH_PATH: '/nowhere.graphql', PORT: '70000' }));
    expect(error.issues.map((issue) => issue.variable).sort()).toEqual(['PORT', 'SUPERGRAPH_PATH']);
    expect(error.message).toContain('PORT ("70000"): must be at most 65535');
    expect(error.message).toContain('the file does not exist');
  });

  it('names override variables after the subgraph, upper-cased, with dashes as underscores', () => {
    expect(subgraphUrlVariable('crm')).toBe('SUBGRAPH_CRM_URL');
    expect(subgraphUrlVariable('product-reviews')).toBe('SUBGRAPH_PRODUCT_REVIEWS_URL');
  });
});
