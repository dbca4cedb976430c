import { logisticsModule } from '../../../subgraphs/logistics/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';

// What the gateway sends logistics for TicketKpis.complaintsByCarrier: the key plus complaints per shipment.
const BY_CARRIER = /* GraphQL */ `
  #graphql
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on TicketKpis {
        complaintsByCarrier {
          carrier
          tickets
        }
      }
    }
  }
`;

const kpis = (complaintsByShipment: { shipmentId: string; tickets: number }[]) => ({
  __typename: 'TicketKpis',
  id: 'kpi',
  complaintsByShipment,
});

describe.each(ENGINES)('logistics: complaints per carrier on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, logisticsModule, {
    insertFixtures: async (db) => {
      await db.exec(`
        INSERT INTO logistics.shipments (id, tracking_number, order_id, customer_id, carrier, status, created_at) VALUES
          ('shp_1', 'DHL00000000001', 'ord_1', 'cus_1', 'DHL', 'LOST', '2026-03-01T10:00:00Z'),
          ('shp_2', 'DHL00000000002', 'ord_2', 'cus_1', 'DHL', 'DELIVERED', '2026-03-01T10:00:00Z'),
          ('shp_3', 'GLS00000000003', 'ord_3', 'cus_2', 'GLS', 'IN_TRANSIT', '2026-03-01T10:00:00Z'),
          ('shp_4', 'UPS00000000004', 'ord_4', 'cus_2', 'UPS', 'DELIVERED', '2026-03-01T10:00:00Z');
      `);
    },
  });

  it('adds up the complaints per carrier of the shipments, most first, then by carrier', async () => {
    const { data, errors } = await run(BY_CARRIER, {
      representations: [
        kpis([
          { shipmentId: 'shp_1', tickets: 2 },
          { shipmentId: 'shp_2', tickets: 1 },
          { shipmentId: 'shp_3', tickets: 3 },
          { shipmentId: 'shp_4', tickets: 1 },
          { shipmentId: 'shp_999', tickets: 9 },
        ]),
      ],
    });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      _entities: [
        {
          complaintsByCarrier: [
            { carrier: 'DHL', tickets: 3 },
            { carrier: 'GLS', tickets: 3 },
            { carrier: 'UPS', tickets: 1 },
          ],
        },
      ],
    });
  });

  it('answers no complaints with an empty list, in one statement', async () => {
    const before = db().stats.statements;
    const { data } = await run(BY_CARRIER, { representations: [kpis([])] });
    expect(data).toEqual({ _entities: [{ complaintsByCarrier: [] }] });
    expect(db().stats.statements - before).toBe(1);
  });
});
