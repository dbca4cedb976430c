import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

interface Page<Node> {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { cursor: string; node: Node }[];
}

describe.each(ENGINES)('Cursor pagination through the gateway on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine);
  });
  afterAll(() => stack?.stop());

  async function allPages<Node>(
    query: string,
    pick: (data: never) => Page<Node>,
    variables: Record<string, unknown>,
  ): Promise<{ pages: number; nodes: Node[]; total: number }> {
    const nodes: Node[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number;
    for (;;) {
      const { body } = await stack.query<never>(query, { ...variables, after });
      expect(body.errors).toBeUndefined();
      const page = pick(body.data!);
      pages += 1;
      total = page.totalCount;
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      if (pages > 100) throw new Error('pagination does not end');
    }
    return { pages, nodes, total };
  }

  it('pages through 50 orders newest first, without gaps or repeats', async () => {
    const query =
      'query($after: String) { customer(id: "cus_4") { orders(first: 20, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id placedAt } } } } }';
    const { pages, nodes, total } = await allPages<{ id: string; placedAt: string }>(
      query,
      (d: { customer: { orders: Page<{ id: string; placedAt: string }> } }) => d.customer.orders,
      {},
    );
    expect(total).toBe(50);
    expect(pages).toBe(3);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(50);
    const times = nodes.map((n) => Date.parse(n.placedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages through the timeline in the same order as one big page, both directions', async () => {
    for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST']) {
      const full = await stack.query<{ customer: { timeline: Page<{ id: string; occurredAt: string }> } }>(
        `query { customer(id: "cus_4") { timeline(first: 100, order: ${order}) { totalCount edges { node { id occurredAt } } } } }`,
      );
      expect(full.body.errors).toBeUndefined();
      const everything = full.body.data!.customer.timeline;
      const query = `query($after: String) { customer(id: "cus_4") { timeline(first: 25, after: $after, order: ${order}) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id occurredAt } } } } }`;
      const paged = await allPages<{ id: string; occurredAt: string }>(
        query,
        (d: { customer: { timeline: Page<{ id: string; occurredAt: string }> } }) => d.customer.timeline,
        {},
      );
      // the one big page holds the first 100 entries; paging in 25s must meet them in the same order
      expect(paged.nodes.slice(0, everything.edges.length).map((n) => n.id)).toEqual(
        everything.edges.map((e) => e.node.id),
      );
      expect(new Set(paged.nodes.map((n) => n.id)).size).toBe(paged.nodes.length);
      const times = paged.nodes.map((n) => Date.parse(n.occurredAt));
      const sorted = [...times].sort((a, b) => (order === 'NEWEST_FIRST' ? b - a : a - b));
      expect(times).toEqual(sorted);
      expect(paged.total).toBe(everything.totalCount);
      expect(paged.nodes.length).toBe(everything.totalCount);
    }
  });

  it('filters the timeline by source system', async () => {
    const { body } = await stack.query<{ customer: { timeline: Page<{ system: string }> } }>(
      'query { customer(id: "cus_1") { timeline(first: 100, systems: [LOGISTICS]) { totalCount edges { node { system } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const systems = body.data!.customer.timeline.edges.map((e) => e.node.system);
    expect(systems.length).toBeGreaterThan(0);
    expect(new Set(systems)).toEqual(new Set(['LOGISTICS']));
  });

  it.each([
    ['orders(first: 101)', 'PAGE_SIZE_TOO_LARGE'],
    ['tickets(first: 1000)', 'PAGE_SIZE_TOO_LARGE'],
    ['timeline(first: 500)', 'PAGE_SIZE_TOO_LARGE'],
    ['notes(first: -1)', 'PAGE_SIZE_TOO_LARGE'],
    ['orders(after: "garbage")', 'INVALID_CURSOR'],
    ['timeline(after: "bm90IGEgY3Vyc29y")', 'INVALID_CURSOR'],
  ])('rejects %s with %s and keeps the rest of the customer', async (field, code) => {
    const { status, body } = await stack.query<{ customer: { name: string } }>(
      `{ customer(id: "cus_1") { name list: ${field} { totalCount } } }`,
    );
    expect(status).toBe(200);
    expect(body.data?.customer.name).toBe('Maria Keller');
    expect(body.errors?.[0]?.extensions?.['code']).toBe(code);
    expect(body.errors?.[0]?.path).toEqual(['customer', 'list']);
  });
});
