import type { Db } from '../../../subgraphs/shared';
import { logisticsModule } from '../../../subgraphs/logistics/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';

const SHIPMENT_FIELDS = /* GraphQL */ `
  #graphql
  fragment ShipmentFields on Shipment {
    id
    trackingNumber
    carrier
    status
    order {
      id
    }
    customer {
      id
    }
    shippedAt
    estimatedDeliveryAt
    deliveredAt
    events {
      id
      occurredAt
      status
      location
      description
    }
  }
`;

const SHIPMENT = /* GraphQL */ `
  #graphql
  query Shipment($id: ID!) {
    shipment(id: $id) {
      ...ShipmentFields
    }
  }
  ${SHIPMENT_FIELDS}
`;

const SHIPMENT_BY_TRACKING_NUMBER = /* GraphQL */ `
  #graphql
  query ShipmentByTrackingNumber($trackingNumber: String!) {
    shipmentByTrackingNumber(trackingNumber: $trackingNumber) {
      id
      trackingNumber
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  #graphql
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Shipment {
        id
        trackingNumber
        status
      }
      ... on Order {
        id
        shipments {
          id
          order {
            id
          }
          customer {
            id
          }
          events {
            id
          }
        }
      }
      ... on Customer {
        id
        shipmentActivity {
          id
          occurredAt
          kind
          summary
          orderId
          shipmentId
          ticketId
          channel
        }
      }
    }
  }
`;

const SHP_1 = {
  id: 'shp_1',
  trackingNumber: 'DHL0012345678',
  carrier: 'DHL',
  status: 'LOST',
  order: { id: 'ord_1' },
  customer: { id: 'cus_1' },
  shippedAt: '2026-11-10T09:00:00.000Z',
  estimatedDeliveryAt: '2026-11-13T18:00:00.000Z',
  deliveredAt: null,
  events: [
    {
      id: 'evt_1',
      occurredAt: '2026-11-10T08:00:00.000Z',
      status: 'LABEL_CREATED',
      location: null,
      description: 'Label created',
    },
    {
      id: 'evt_2',
      occurredAt: '2026-11-10T18:00:00.000Z',
      status: 'IN_TRANSIT',
      location: 'Berlin depot',
      description: 'Handed to carrier',
    },
    {
      id: 'evt_3',
      occurredAt: '2026-11-14T07:30:00.000Z',
      status: 'LOST',
      location: 'Leipzig hub',
      description: 'Lost in transit',
    },
  ],
};

async function insertFixtures(db: Db): Promise<void> {
  await db.exec(`
    INSERT INTO logistics.shipments
      (id, tracking_number, order_id, customer_id, carrier, status, created_at, shipped_at, estimated_delivery_at, delivered_at)
    VALUES
      -- the replacement parcel is inserted first, but created later: Order.shipments must still list it second
      ('shp_2', '1Z999AA10123456784', 'ord_1', 'cus_1', 'UPS', 'DELIVERED', '2026-11-15T08:00:00Z', '2026-11-15T10:00:00Z', '2026-11-17T18:00:00Z', '2026-11-17T11:20:00Z'),
      ('shp_1', 'DHL0012345678', 'ord_1', 'cus_1', 'DHL', 'LOST', '2026-11-10T07:00:00Z', '2026-11-10T09:00:00Z', '2026-11-13T18:00:00Z', NULL),
      ('shp_3', 'GLS77000001', 'ord_2', 'cus_2', 'GLS', 'LABEL_CREATED', '2026-11-20T07:00:00Z', NULL, NULL, NULL);
    INSERT INTO logistics.tracking_events (id, shipment_id, occurred_at, status, location, description) VALUES
      ('evt_3', 'shp_1', '2026-11-14T07:30:00Z', 'LOST', 'Leipzig hub', 'Lost in transit'),
      ('evt_1', 'shp_1', '2026-11-10T08:00:00Z', 'LABEL_CREATED', NULL, 'Label created'),
      ('evt_2', 'shp_1', '2026-11-10T18:00:00Z', 'IN_TRANSIT', 'Berlin depot', 'Handed to carrier'),
      ('evt_4', 'shp_2', '2026-11-15T10:00:00Z', 'IN_TRANSIT', 'Berlin depot', 'Handed to carrier'),
      ('evt_5', 'shp_2', '2026-11-17T11:20:00Z', 'DELIVERED', 'Front door', 'Delivered'),
      ('evt_6', 'shp_3', '2026-11-20T07:00:00Z', 'LABEL_CREATED', NULL, 'Label created');
    -- 50 orders (ord_101..ord_150), each with two parcels of two events, for the batching test
    INSERT INTO logistics.shipments (id, tracking_number, order_id, customer_id, carrier, status, created_at)
      SELECT 'shp_' || (100 * n + p), 'DPD' || lpad((100 * n + p)::text, 10, '0'), 'ord_' || (100 + n), 'cus_' || (100 + n),
             'DPD', 'IN_TRANSIT', timestamptz '2026-11-01T00:00:00Z' + p * interval '1 hour'
        FROM generate_series(1, 50) AS n, generate_series(1, 2) AS p;
    INSERT INTO logistics.tracking_events (id, shipment_id, occurred_at, status, location, description)
      SELECT s.id || '_' || e, s.id, s.created_at + e * interval '1 minute', 'IN_TRANSIT', 'Hub', 'Scanned'
        FROM logistics.shipments s, generate_series(1, 2) AS e
       WHERE s.order_id NOT IN ('ord_1', 'ord_2');
  `);
}

describe.each(ENGINES)('logistics subgraph on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, logisticsModule, { insertFixtures });

  describe('Query.shipment', () => {
    it('returns the shipment with its order, customer and tracking events earliest first', async () => {
      const { data, errors } = await run(SHIPMENT, { id: 'shp_1' });
      expect(errors).toBeUndefined();
      expect(data).toEqual({ shipment: SHP_1 });
    });

    it('rejects a malformed id with INVALID_IDENTIFIER before any SQL runs', async () => {
      const before = db().stats.statements;
      const { data, errors } = await run(SHIPMENT, { id: 'DHL0012345678' });
      expect(db().stats.statements).toBe(before);
      expect(data).toEqual({ shipment: null });
      expect(errors).toMatchObject([
        {
          message: '"DHL0012345678" is not a valid id: expected shp_<number>, e.g. shp_1.',
          extensions: { code: 'INVALID_IDENTIFIER', argumentName: 'id' },
          path: ['shipment'],
        },
      ]);
    });

    it('fails with NOT_FOUND for a well-formed id no shipment has', async () => {
      const { data, errors } = await run(SHIPMENT, { id: 'shp_999999' });
      expect(data).toEqual({ shipment: null });
      expect(errors).toMatchObject([
        {
          message: 'No shipment has id "shp_999999". Check the value, or search by another identifier.',
          extensions: { code: 'NOT_FOUND', argumentName: 'id' },
        },
      ]);
    });
  });

  describe('Query.shipmentByTrackingNumber', () => {
    it('finds a shipment whatever the case and spacing of the tracking number', async () => {
      const { data, errors } = await run(SHIPMENT_BY_TRACKING_NUMBER, {
        trackingNumber: ' dhl 0012 3456 78 ',
      });
      expect(errors).toBeUndefined();
      expect(data).toEqual({ shipmentByTrackingNumber: { id: 'shp_1', trackingNumber: 'DHL0012345678' } });
    });

    it('rejects a tracking number with punctuation with INVALID_IDENTIFIER before any SQL runs', async () => {
      const before = db().stats.statements;
      const { errors } = await run(SHIPMENT_BY_TRACKING_NUMBER, { trackingNumber: 'DHL-001/23' });
      expect(db().stats.statements).toBe(before);
      expect(errors).toMatchObject([
        {
          message:
            '"DHL-001/23" is not a valid trackingNumber: expected 8 to 30 letters and digits, e.g. DHL00012345678.',
          extensions: { code: 'INVALID_IDENTIFIER', argumentName: 'trackingNumber' },
        },
      ]);
    });

    it('fails with NOT_FOUND, naming the normalized number, when no shipment has it', async () => {
      const { data, errors } = await run(SHIPMENT_BY_TRACKING_NUMBER, {
        trackingNumber: 'hermes 12345678',
      });
      expect(data).toEqual({ shipmentByTrackingNumber: null });
      expect(errors).toMatchObject([
        {
          message: 'No shipment has trackingNumber "HERMES12345678". Check the value, or search by another identifier.',
          extensions: { code: 'NOT_FOUND', argumentName: 'trackingNumber' },
        },
      ]);
    });
  });

  describe('Shipment entities', () => {
    it('resolves references by id and by tracking number, and unknown ones to null without an error', async () => {
      const before = db().stats.statements;
      const { data, errors } = await run(ENTITIES, {
        representations: [
          { __typename: 'Shipment', id: 'shp_2' },
          { __typename: 'Shipment', trackingNumber: 'DHL0012345678' },
          { __typename: 'Shipment', id: 'shp_999999' },
          { __typename: 'Shipment', trackingNumber: 'NOSUCHPARCEL1' },
          { __typename: 'Shipment', id: 'shp_3' },
        ],
      });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        _entities: [
          { __typename: 'Shipment', id: 'shp_2', trackingNumber: '1Z999AA10123456784', status: 'DELIVERED' },
          { __typename: 'Shipment', id: 'shp_1', trackingNumber: 'DHL0012345678', status: 'LOST' },
          null,
          null,
          { __typename: 'Shipment', id: 'shp_3', trackingNumber: 'GLS77000001', status: 'LABEL_CREATED' },
        ],
      });
      // one statement per key, however many references
      expect(db().stats.statements - before).toBe(2);
    });
  });

  describe('Order entities', () => {
    it('lists the shipments of each order oldest first, and none for an order logistics has not shipped', async () => {
      const { data, errors } = await run(ENTITIES, {
        representations: [
          { __typename: 'Order', id: 'ord_1' },
          { __typename: 'Order', id: 'ord_404' },
          { __typename: 'Order', id: 'ord_2' },
        ],
      });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        _entities: [
          {
            __typename: 'Order',
            id: 'ord_1',
            shipments: [
              {
                id: 'shp_1',
                order: { id: 'ord_1' },
                customer: { id: 'cus_1' },
                events: [{ id: 'evt_1' }, { id: 'evt_2' }, { id: 'evt_3' }],
              },
              {
                id: 'shp_2',
                order: { id: 'ord_1' },
                customer: { id: 'cus_1' },
                events: [{ id: 'evt_4' }, { id: 'evt_5' }],
              },
            ],
          },
          { __typename: 'Order', id: 'ord_404', shipments: [] },
          {
            __typename: 'Order',
            id: 'ord_2',
            shipments: [{ id: 'shp_3', order: { id: 'ord_2' }, customer: { id: 'cus_2' }, events: [{ id: 'evt_6' }] }],
          },
        ],
      });
    });

    it('reads shipments and events in the same number of statements for 2 orders as for 50', async () => {
      async function statementsFor(count: number): Promise<number> {
        const representations = Array.from({ length: count }, (_, i) => ({
          __typename: 'Order',
          id: `ord_${101 + i}`,
        }));
        const before = db().stats.statements;
        const { data, errors } = await run(ENTITIES, { representations });
        expect(errors).toBeUndefined();
        const orders = (data?.['_entities'] ?? []) as { shipments: { events: unknown[] }[] }[];
        expect(orders).toHaveLength(count);
        expect(
          orders.every((order) => order.shipments.length === 2 && order.shipments.every((s) => s.events.length === 2)),
        ).toBe(true);
        return db().stats.statements - before;
      }
      const forTwo = await statementsFor(2);
      const forFifty = await statementsFor(50);
      // one statement for all shipments of the orders with all their events
      expect(forTwo).toBe(1);
      expect(forFifty).toBe(forTwo);
    });
  });

  describe('Customer entities', () => {
    it('reports every tracking event of every parcel addressed to the customer as timeline activity, earliest first', async () => {
      const { data, errors } = await run(ENTITIES, {
        representations: [
          { __typename: 'Customer', id: 'cus_1' },
          { __typename: 'Customer', id: 'cus_404' },
        ],
      });
      expect(errors).toBeUndefined();
      const parcel = (shipmentId: string) => ({
        orderId: 'ord_1',
        shipmentId,
        kind: 'SHIPMENT_EVENT',
        ticketId: null,
        channel: null,
      });
      expect(data).toEqual({
        _entities: [
          {
            __typename: 'Customer',
            id: 'cus_1',
            shipmentActivity: [
              {
                id: 'logistics:evt_1',
                occurredAt: '2026-11-10T08:00:00.000Z',
                summary: 'Parcel DHL0012345678 (DHL): Label created',
                ...parcel('shp_1'),
              },
              {
                id: 'logistics:evt_2',
                occurredAt: '2026-11-10T18:00:00.000Z',
                summary: 'Parcel DHL0012345678 (DHL): Handed to carrier — Berlin depot',
                ...parcel('shp_1'),
              },
              {
                id: 'logistics:evt_3',
                occurredAt: '2026-11-14T07:30:00.000Z',
                summary: 'Parcel DHL0012345678 (DHL): Lost in transit — Leipzig hub',
                ...parcel('shp_1'),
              },
              {
                id: 'logistics:evt_4',
                occurredAt: '2026-11-15T10:00:00.000Z',
                summary: 'Parcel 1Z999AA10123456784 (UPS): Handed to carrier — Berlin depot',
                ...parcel('shp_2'),
              },
              {
                id: 'logistics:evt_5',
                occurredAt: '2026-11-17T11:20:00.000Z',
                summary: 'Parcel 1Z999AA10123456784 (UPS): Delivered — Front door',
                ...parcel('shp_2'),
              },
            ],
          },
          { __typename: 'Customer', id: 'cus_404', shipmentActivity: [] },
        ],
      });
    });

    it('reads the activity of a batch of customers in one statement', async () => {
      const representations = Array.from({ length: 30 }, (_, i) => ({ __typename: 'Customer', id: `cus_${101 + i}` }));
      const before = db().stats.statements;
      const { data, errors } = await run(ENTITIES, { representations });
      expect(errors).toBeUndefined();
      const customers = (data?.['_entities'] ?? []) as { shipmentActivity: unknown[] }[];
      expect(customers.every((customer) => customer.shipmentActivity.length === 4)).toBe(true);
      expect(db().stats.statements - before).toBe(1);
    });
  });
});
