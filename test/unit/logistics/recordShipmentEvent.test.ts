import { logisticsModule } from '../../../subgraphs/logistics/module';
import { requestInvalidation } from '../../../platform/changeEvents';
import { TEST_CALLER } from '../../support/runOperation';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { ENGINES } from '../../support/testDatabases';

const RECORD = `#graphql
  mutation Record($input: RecordShipmentEventInput!) {
    recordShipmentEvent(input: $input) { id status shippedAt deliveredAt events { status location description } }
  }
`;

interface Recorded {
  recordShipmentEvent: {
    status: string;
    shippedAt: string | null;
    deliveredAt: string | null;
    events: { status: string; location: string | null; description: string }[];
  };
}

describe.each(ENGINES)('logistics subgraph: recordShipmentEvent on %s', (engine) => {
  const published: string[][] = [];
  const subgraph = useSubgraphServer(engine, logisticsModule, {
    insertFixtures: async (db) => {
      await db.exec(`
        INSERT INTO logistics.shipments (id, tracking_number, order_id, customer_id, carrier, status, created_at)
        VALUES ('shp_1', 'DHL0012345678', 'ord_1', 'cus_1', 'DHL', 'LABEL_CREATED', '2026-11-10T07:00:00Z'),
               ('shp_2', 'UPS0012345678', 'ord_2', 'cus_2', 'UPS', 'DELIVERED', '2026-11-10T07:00:00Z');
        INSERT INTO logistics.tracking_events (id, shipment_id, occurred_at, status, location, description)
        VALUES ('evt_1', 'shp_1', '2026-11-10T08:00:00Z', 'LABEL_CREATED', NULL, 'Label created');
      `);
    },
    createContext: (db) =>
      Object.assign(logisticsModule.createContext(db), {
        caller: TEST_CALLER,
        invalidation: requestInvalidation({ publish: async (tags) => void published.push([...tags]) }, 'logistics'),
      }),
  });
  const { db } = subgraph;
  const run = (input: Record<string, unknown>) => subgraph.run(RECORD, { input });
  const codes = async (input: Record<string, unknown>) =>
    (await run(input)).errors?.map((error) => error.extensions?.['code']);

  it('appends the event, moves the shipment and announces it, its order and its customer', async () => {
    const input = {
      trackingNumber: 'dhl 0012345678',
      status: 'IN_TRANSIT',
      location: ' Berlin depot ',
      description: 'Picked up',
    };
    const { data, errors } = await run(input);
    expect(errors).toBeUndefined();
    const shipment = (data as unknown as Recorded).recordShipmentEvent;
    expect(shipment.status).toBe('IN_TRANSIT');
    expect(shipment.shippedAt).not.toBeNull();
    expect(shipment.events.at(-1)).toEqual({
      status: 'IN_TRANSIT',
      location: 'Berlin depot',
      description: 'Picked up',
    });
    expect(published).toEqual([
      [
        'logistics/Shipment:id=shp_1',
        'logistics/Shipment:trackingNumber=DHL0012345678',
        'logistics/Order:id=ord_1',
        'logistics/Customer:id=cus_1',
      ],
    ]);
    const delivered = await run({ trackingNumber: 'DHL0012345678', status: 'DELIVERED', description: 'At the door' });
    expect((delivered.data as unknown as Recorded).recordShipmentEvent).toMatchObject({
      status: 'DELIVERED',
      shippedAt: shipment.shippedAt,
    });
    expect((delivered.data as unknown as Recorded).recordShipmentEvent.deliveredAt).not.toBeNull();
  });

  it('refuses a finished shipment, an unknown or malformed tracking number and bad texts, changing nothing', async () => {
    published.length = 0;
    const event = { status: 'IN_TRANSIT', description: 'Scanned' };
    expect(await codes({ ...event, trackingNumber: 'UPS0012345678' })).toEqual(['INVALID_TRANSITION']);
    expect(await codes({ ...event, trackingNumber: 'GLS0000000000' })).toEqual(['NOT_FOUND']);
    expect(await codes({ ...event, trackingNumber: 'no!' })).toEqual(['INVALID_IDENTIFIER']);
    expect(await codes({ ...event, trackingNumber: 'UPS0012345678', description: '  ' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ ...event, trackingNumber: 'UPS0012345678', location: 'x'.repeat(201) })).toEqual([
      'BAD_USER_INPUT',
    ]);
    const [events] = await db().query<{ count: number }>(
      `SELECT count(*)::int AS count FROM logistics.tracking_events WHERE shipment_id = 'shp_2'`,
    );
    expect(events?.count).toBe(0);
    expect(published).toEqual([]);
  });
});
