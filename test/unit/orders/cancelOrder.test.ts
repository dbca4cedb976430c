import { ordersModule } from '../../../subgraphs/orders/module';
import { requestInvalidation } from '../../../platform/changeEvents';
import { TEST_CALLER } from '../../support/runOperation';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { ENGINES } from '../../support/testDatabases';
import { insertOrderFixtures } from './fixtures';

const CANCEL = `#graphql
  mutation Cancel($orderId: ID!) { cancelOrder(orderId: $orderId) { id number status } }
`;

describe.each(ENGINES)('orders subgraph: cancelOrder on %s', (engine) => {
  const published: string[][] = [];
  const subgraph = useSubgraphServer(engine, ordersModule, {
    insertFixtures: insertOrderFixtures,
    createContext: (db) =>
      Object.assign(ordersModule.createContext(db), {
        caller: TEST_CALLER,
        invalidation: requestInvalidation({ publish: async (tags) => void published.push([...tags]) }, 'orders'),
      }),
  });
  const { db } = subgraph;
  const run = (orderId: string) => subgraph.run(CANCEL, { orderId });

  it('cancels a pending order in one transaction and announces the order and its customer', async () => {
    const { data, errors } = await run('ord_3');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ cancelOrder: { id: 'ord_3', number: 'ORD-100003', status: 'CANCELLED' } });
    const [row] = await db().query<{ cancelled: boolean }>(
      `SELECT cancelled_at IS NOT NULL AS cancelled FROM orders.orders WHERE id = 'ord_3'`,
    );
    expect(row?.cancelled).toBe(true);
    expect(published).toEqual([
      ['orders/Order:id=ord_3', 'orders/Order:number=ORD-100003', 'orders/Customer:id=cus_1'],
    ]);
  });

  it('refuses orders that shipped, were delivered or are cancelled already, and bad ids, announcing nothing', async () => {
    published.length = 0;
    const codes = async (orderId: string) => (await run(orderId)).errors?.map((error) => error.extensions?.['code']);
    expect(await codes('ord_1')).toEqual(['INVALID_TRANSITION']);
    expect(await codes('ord_3')).toEqual(['INVALID_TRANSITION']);
    expect(await codes('ord_404')).toEqual(['NOT_FOUND']);
    expect(await codes('ORD-100001')).toEqual(['INVALID_IDENTIFIER']);
    expect((await run('ord_1')).errors?.[0]?.message).toMatch(/only PENDING and PAID orders can/);
    expect(published).toEqual([]);
  });
});
