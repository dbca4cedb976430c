import { loadSavedOperation } from '../../gateway/playground/savedOperations';
import { SUBGRAPH_NAMES } from '../../subgraphs/shared/catalog';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

// The story agents open (operations/customerStory.graphql), as sent: its statements bound what the subgraphs can
// serve (see README "Benchmarks"), so a statement more per story is a regression this test names by subgraph.
const STORY = loadSavedOperation('customerStory').query;

/**
 * The SQL statements one story costs in each subgraph, for a customer whose orders have shipments and whose
 * tickets have hand-offs and point at an order and a parcel:
 * - crm: the customer with addresses, a page of notes with their total; then, for the timeline, the customer again
 *   (another request) and every note
 * - orders: a page of orders with the total, order count with lifetime value, the order activity, the lines,
 *   payments and refunds of the page's orders, and the orders the tickets point at
 * - inventory: the products of the order lines with their stock
 * - logistics: the parcel activity, the parcels of the orders with their events, and the parcels tickets point at
 * - tickets: a page of tickets with the total, the ticket activity, the teams and agents, the messages, the hand-offs
 */
const PER_STORY: Record<SubgraphName, number> = { crm: 4, orders: 5, inventory: 1, logistics: 3, tickets: 5 };

describe.each(ENGINES)('SQL statements of the customer story on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine);
  });
  afterAll(() => stack?.stop());

  async function storyOf(id: string) {
    stack.resetStatements();
    const { body } = await stack.query<{
      customer: { orderCount: number; tickets: { totalCount: number; edges: { node: { handoffs: unknown[] } }[] } };
    }>(STORY, { id, orders: 100, tickets: 100 });
    expect(body.errors).toBeUndefined();
    const statements = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, stack.statementsOf(name)]));
    const customer = body.data!.customer;
    return {
      statements,
      orders: customer.orderCount,
      tickets: customer.tickets.totalCount,
      handoffs: customer.tickets.edges.reduce((sum, { node }) => sum + node.handoffs.length, 0),
    };
  }

  it('costs the pinned statements per subgraph, for 2 orders as for 50', async () => {
    const small = await storyOf('cus_5');
    const large = await storyOf('cus_4');
    // the two customers differ where an N+1 would show: orders, tickets and their hand-offs
    expect([small.orders, large.orders]).toEqual([2, 50]);
    expect(large.tickets).toBeGreaterThan(small.tickets);
    expect(large.handoffs).toBeGreaterThan(0);
    expect(small.statements).toEqual(PER_STORY);
    expect(large.statements).toEqual(PER_STORY);
  });
});
