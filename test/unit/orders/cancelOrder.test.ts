import type { ApolloServer } from '@apollo/server';
import type { OrdersContext } from '../../../subgraphs/orders/context';
import { ordersModule } from '../../../subgraphs/orders/module';
import { createSubgraphServer } from '../../../subgraphs/shared';
import type { Db } from '../../../subgraphs/shared';
import { requestInvalidation } from '../../../subgraphs/shared/invalidation';
import { executeWithFreshContext, TEST_CALLER } from '../../support/runOperation';
import { ENGINES, openTestDatabases } from '../../support/testDatabases';
import type { TestDatabases } from '../../support/testDatabases';
import { insertOrderFixtures } from './fixtures';

const CANCEL = `#graphql
  mutation Cancel($orderId: ID!) { cancelOrder(orderId: $orderId) { id number status } }
`;

describe.each(ENGINES)('orders subgraph: cancelOrder on %s', (engine) => {
  let databases: TestDatabases;
  let db: Db;
  let server: ApolloServer<OrdersContext>;
  const published: string[][] = [];
  const run = (orderId: string) =>
    executeWithFreshContext(
      server,
      () =>
        Object.assign(ordersModule.createContext(db), {
          caller: TEST_CALLER,
          invalidation: requestInvalidation({ publish: async (tags) => void published.push([...tags]) }, 'orders'),
        }),
      CANCEL,
      { orderId },
    );

  beforeAll(async () => {
    databases = await openTestDatabases(engine);
    db = databases.dbs.orders;
    await insertOrderFixtures(db);
    server = createSubgraphServer(ordersModule, db);
    await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await databases?.close();
  });

  it('cancels a pending order in one transaction and announces the order and its customer', async () => {
    const { data, errors } = await run('ord_3');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ cancelOrder: { id: 'ord_3', number: 'ORD-100003', status: 'CANCELLED' } });
    const [row] = await db.query<{ cancelled: boolean }>(
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
