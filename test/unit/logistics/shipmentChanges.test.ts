import { logisticsModule } from '../../../subgraphs/logistics/module';
import { recordingAnnouncements } from '../../support/recordingChangeFeed';
import { TEST_CALLER } from '../../support/runOperation';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { ENGINES } from '../../support/testDatabases';

const RECORD = `#graphql
  mutation Record($input: RecordShipmentEventInput!) { recordShipmentEvent(input: $input) { id status } }
`;

const shipmentEntities = (id: string, trackingNumber: string, orderId: string, customerId: string) => [
  { typename: 'Shipment', keys: { id, trackingNumber } },
  { typename: 'Order', keys: { id: orderId } },
  { typename: 'Customer', keys: { id: customerId } },
];

describe.each(ENGINES)('logistics subgraph: what recordShipmentEvent announces on %s', (engine) => {
  const announced = recordingAnnouncements('logistics');
  const subgraph = useSubgraphServer(engine, logisticsModule, {
    insertFixtures: async (db) => {
      await db.exec(`
        INSERT INTO logistics.shipments (id, tracking_number, order_id, customer_id, carrier, status, created_at)
        VALUES ('shp_1', 'DHL0012345678', 'ord_1', 'cus_1', 'DHL', 'LABEL_CREATED', '2026-11-10T07:00:00Z'),
               ('shp_3', 'GLS0012345678', 'ord_3', 'cus_3', 'GLS', 'IN_TRANSIT', '2026-11-10T07:00:00Z'),
               ('shp_2', 'UPS0012345678', 'ord_2', 'cus_2', 'UPS', 'DELIVERED', '2026-11-10T07:00:00Z');
      `);
    },
    createContext: (db) =>
      Object.assign(logisticsModule.createContext(db), { caller: TEST_CALLER, invalidation: announced.invalidation() }),
  });
  const record = (trackingNumber: string, status: string) =>
    subgraph.run(RECORD, { input: { trackingNumber, status, description: 'Carrier scan' } });

  beforeEach(() => announced.clear());

  it('invalidates the shipment, its order and its customer, then appends SHIPMENT_EVENT_RECORDED with the status', async () => {
    expect((await record('dhl 0012345678', 'IN_TRANSIT')).errors).toBeUndefined();
    expect(announced.log).toEqual([
      {
        published: [
          'logistics/Shipment:id=shp_1',
          'logistics/Shipment:trackingNumber=DHL0012345678',
          'logistics/Order:id=ord_1',
          'logistics/Customer:id=cus_1',
        ],
      },
      {
        appended: {
          kind: 'SHIPMENT_EVENT_RECORDED',
          system: 'logistics',
          entities: shipmentEntities('shp_1', 'DHL0012345678', 'ord_1', 'cus_1'),
          facts: { status: 'IN_TRANSIT' },
          changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      },
    ]);
  });

  it('reports a lost parcel as status LOST', async () => {
    expect((await record('GLS0012345678', 'LOST')).data).toEqual({
      recordShipmentEvent: { id: 'shp_3', status: 'LOST' },
    });
    expect(announced.changes()).toEqual([
      {
        kind: 'SHIPMENT_EVENT_RECORDED',
        system: 'logistics',
        entities: shipmentEntities('shp_3', 'GLS0012345678', 'ord_3', 'cus_3'),
        facts: { status: 'LOST' },
      },
    ]);
  });

  it('announces nothing for a refused event', async () => {
    expect((await record('UPS0012345678', 'IN_TRANSIT')).errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
    expect(announced.log).toEqual([]);
  });
});
