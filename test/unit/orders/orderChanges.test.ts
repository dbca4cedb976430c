import { ordersModule } from '../../../subgraphs/orders/module';
import { recordingAnnouncements } from '../../support/recordingChangeFeed';
import { TEST_CALLER } from '../../support/runOperation';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { ENGINES } from '../../support/testDatabases';
import { insertOrderFixtures } from './fixtures';

const CANCEL = `#graphql
  mutation Cancel($orderId: ID!) { cancelOrder(orderId: $orderId) { id status } }
`;

describe.each(ENGINES)('orders subgraph: what cancelOrder announces on %s', (engine) => {
  const announced = recordingAnnouncements('orders');
  const subgraph = useSubgraphServer(engine, ordersModule, {
    insertFixtures: insertOrderFixtures,
    createContext: (db) =>
      Object.assign(ordersModule.createContext(db), { caller: TEST_CALLER, invalidation: announced.invalidation() }),
  });

  it('invalidates the order (by id and number) and its customer, then appends ORDER_CANCELLED', async () => {
    const { errors } = await subgraph.run(CANCEL, { orderId: 'ord_3' });
    expect(errors).toBeUndefined();
    expect(announced.log).toEqual([
      { published: ['orders/Order:id=ord_3', 'orders/Order:number=ORD-100003', 'orders/Customer:id=cus_1'] },
      {
        appended: {
          kind: 'ORDER_CANCELLED',
          system: 'orders',
          entities: [
            { typename: 'Order', keys: { id: 'ord_3', number: 'ORD-100003' } },
            { typename: 'Customer', keys: { id: 'cus_1' } },
          ],
          changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      },
    ]);
  });

  it('announces nothing for a refused cancellation', async () => {
    announced.clear();
    expect((await subgraph.run(CANCEL, { orderId: 'ord_3' })).errors?.[0]?.extensions?.['code']).toBe(
      'INVALID_TRANSITION',
    );
    expect(announced.log).toEqual([]);
  });
});
