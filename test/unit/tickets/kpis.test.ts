import { copyFactsOntoTickets } from '../../../subgraphs/tickets/data/ticketFactsStore';
import { ENGINES } from '../../support/testDatabases';
import { AGENTS_SQL, openHarness } from './kpiHarness';
import type { Harness } from './kpiHarness';

const NOW = new Date('2026-01-05T12:00:00.000Z');
const WINDOW = { from: '2026-01-01T00:00:00.000Z', to: '2026-01-05T00:00:00.000Z' };
const EARLY = { from: '2025-12-01T00:00:00.000Z', to: '2025-12-15T00:00:00.000Z' };

/**
 * Four tickets opened in WINDOW and two before it (times UTC, NOW 2026-01-05 12:00):
 * k1 DELIVERY/EMAIL/care: answered after 1 h, resolved after 10 h within SLA, transferred and consulted.
 * k2 PRODUCT_DEFECT/CHAT/logistics: answered after 3 h, resolved after 50 h past SLA, reopened once, transferred.
 * k3 BILLING/EMAIL/care: answered after 2 h, open past its SLA. k4 RETURN/PHONE/care: unanswered, SLA ahead.
 * k5 DELIVERY, opened before the window, still open (only in the backlog).
 * k6 DELIVERY in EARLY, resolved: about ord_9, whose skus the copy lacks, and shp_9, copied without its carrier.
 * The copy of the owners' facts (migrations 006, 010): ord_1 holds SKU-0001 and SKU-0002, ord_2 SKU-0002 and
 * SKU-0003; shp_1 went with DHL, shp_2 with GLS. The tickets get theirs from it as the seeder's do (011).
 */
const FIXTURE = `${AGENTS_SQL}
INSERT INTO tickets.customer_refs (customer_id) VALUES ('cus_1'), ('cus_2'), ('cus_3');
INSERT INTO tickets.order_refs (order_id, customer_id) VALUES ('ord_1', 'cus_1'), ('ord_2', 'cus_2'), ('ord_9', 'cus_3');
INSERT INTO tickets.order_ref_skus (order_id, sku) VALUES
  ('ord_1', 'SKU-0001'), ('ord_1', 'SKU-0002'), ('ord_2', 'SKU-0002'), ('ord_2', 'SKU-0003');
INSERT INTO tickets.shipment_refs (shipment_id, order_id, customer_id, carrier) VALUES
  ('shp_1', 'ord_1', 'cus_1', 'DHL'), ('shp_2', 'ord_2', 'cus_2', 'GLS'), ('shp_9', 'ord_9', 'cus_3', NULL);
INSERT INTO tickets.tickets (id, number, customer_id, order_id, shipment_id, subject, category, channel, priority,
  status, team_code, assignee_id, created_at, first_response_due_at, first_responded_at, sla_due_at, resolved_at,
  reopen_count) VALUES
  ('tkt_1', 'T-100001', 'cus_1', 'ord_1', 'shp_1', 'k1', 'DELIVERY', 'EMAIL', 'HIGH', 'RESOLVED', 'customer_care',
   'agt_1', '2026-01-01T00:00Z', '2026-01-01T04:00Z', '2026-01-01T01:00Z', '2026-01-02T00:00Z', '2026-01-01T10:00Z', 0),
  ('tkt_2', 'T-100002', 'cus_1', 'ord_1', 'shp_2', 'k2', 'PRODUCT_DEFECT', 'CHAT', 'HIGH', 'CLOSED', 'logistics_desk',
   'agt_2', '2026-01-02T00:00Z', '2026-01-02T04:00Z', '2026-01-02T03:00Z', '2026-01-03T00:00Z', '2026-01-04T02:00Z', 1),
  ('tkt_3', 'T-100003', 'cus_2', 'ord_2', NULL, 'k3', 'BILLING', 'EMAIL', 'HIGH', 'OPEN', 'customer_care',
   'agt_1', '2026-01-03T00:00Z', '2026-01-03T04:00Z', '2026-01-03T02:00Z', '2026-01-04T00:00Z', NULL, 0),
  ('tkt_4', 'T-100004', 'cus_2', 'ord_2', 'shp_2', 'k4', 'RETURN', 'PHONE', 'LOW', 'NEW', 'customer_care',
   NULL, '2026-01-04T00:00Z', '2026-01-06T00:00Z', NULL, '2026-01-08T00:00Z', NULL, 0),
  ('tkt_5', 'T-100005', 'cus_3', 'ord_1', NULL, 'k5', 'DELIVERY', 'EMAIL', 'LOW', 'OPEN', 'logistics_desk',
   'agt_2', '2025-12-20T00:00Z', '2025-12-22T00:00Z', '2025-12-20T05:00Z', '2025-12-25T00:00Z', NULL, 0),
  ('tkt_6', 'T-100006', 'cus_3', 'ord_9', 'shp_9', 'k6', 'DELIVERY', 'EMAIL', 'LOW', 'RESOLVED', 'logistics_desk',
   'agt_2', '2025-12-10T00:00Z', '2025-12-12T00:00Z', '2025-12-10T05:00Z', '2025-12-15T00:00Z', '2025-12-11T00:00Z', 0);
-- openTicket numbers its tickets past these, as after a seed
SELECT setval('tickets.ticket_id_seq', 100);
INSERT INTO tickets.handoffs (id, ticket_id, kind, from_team_code, to_team_code, reason, by_agent_id, at) VALUES
  ('h1', 'tkt_1', 'TRANSFER', 'logistics_desk', 'customer_care', 'wrong desk', 'agt_2', '2026-01-01T00:30Z'),
  ('h2', 'tkt_1', 'CONSULT', 'customer_care', 'billing', 'refund?', 'agt_1', '2026-01-01T02:00Z'),
  ('h3', 'tkt_2', 'TRANSFER', 'customer_care', 'logistics_desk', 'parcel', 'agt_1', '2026-01-02T01:00Z');
`;

const KPIS = /* GraphQL */ `
  #graphql
  query Kpis($from: DateTime!, $to: DateTime!, $team: ID, $category: TicketCategory, $channel: Channel) {
    ticketKpis(from: $from, to: $to, team: $team, category: $category, channel: $channel) {
      id
      from
      to
      team {
        code
      }
      ticketCount
      firstResponseTime {
        median
        p90
        count
      }
      resolutionTime {
        median
        p90
        count
      }
      slaBreachRate
      reopenRate
      backlog {
        label
        fromHours
        toHours
        count
      }
      volumeByCategory {
        category
        count
      }
      volumeByChannel {
        channel
        count
      }
      handoffsPerTicket
      transfersPerTicket
      consultsPerTicket
      complaintsByProduct {
        product {
          sku
        }
        tickets
      }
      complaintsByCarrier {
        carrier
        tickets
      }
    }
  }
`;

type Kpis = Record<string, unknown> & { id: string };

describe.each(ENGINES)('ticket KPIs on %s', (engine) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(engine, FIXTURE, NOW);
    // k1 to k4 (and k5) get their facts; k6's are not in the copy
    expect(await copyFactsOntoTickets(harness.db)).toBe(5);
  });
  afterAll(() => harness?.close());

  async function kpis(variables: Record<string, unknown>): Promise<Kpis> {
    const { data, errors } = await harness.run<{ ticketKpis: Kpis }>(KPIS, variables);
    expect(errors).toBeUndefined();
    return data!.ticketKpis;
  }

  it('computes every figure of the window in SQL, percentiles interpolated like percentile_cont', async () => {
    const result = await kpis(WINDOW);
    expect(result).toEqual({
      id: expect.any(String),
      from: WINDOW.from,
      to: WINDOW.to,
      team: null,
      ticketCount: 4,
      // 1 h, 2 h, 3 h: the median is 2 h; p90 sits 80% of the way from 2 h to 3 h
      firstResponseTime: { median: 7200, p90: 10080, count: 3 },
      // 10 h and 50 h
      resolutionTime: { median: 108000, p90: 165600, count: 2 },
      // known outcomes: k1 in time, k2 late, k3 open past due (k4 not due yet)
      slaBreachRate: 2 / 3,
      // resolved at least once: k1, k2; reopened: k2
      reopenRate: 0.5,
      backlog: [
        { label: '<4h', fromHours: 0, toHours: 4, count: 0 },
        { label: '4–24h', fromHours: 4, toHours: 24, count: 0 },
        { label: '1–3d', fromHours: 24, toHours: 72, count: 2 },
        { label: '3–7d', fromHours: 72, toHours: 168, count: 0 },
        { label: '>7d', fromHours: 168, toHours: null, count: 1 },
      ],
      volumeByCategory: [
        { category: 'BILLING', count: 1 },
        { category: 'DELIVERY', count: 1 },
        { category: 'PRODUCT_DEFECT', count: 1 },
        { category: 'RETURN', count: 1 },
        { category: 'ACCOUNT', count: 0 },
        { category: 'OTHER', count: 0 },
      ],
      volumeByChannel: [
        { channel: 'EMAIL', count: 2 },
        { channel: 'CHAT', count: 1 },
        { channel: 'PHONE', count: 1 },
        { channel: 'SOCIAL', count: 0 },
        { channel: 'WEB_FORM', count: 0 },
      ],
      handoffsPerTicket: 0.75,
      transfersPerTicket: 0.5,
      consultsPerTicket: 0.25,
      // complaints: k1, k2 (ord_1), k4 (ord_2); k3 is billing, k5 outside the window. Each counts once for every
      // distinct sku of its order: SKU-0002 is on both orders
      complaintsByProduct: [
        { product: { sku: 'SKU-0002' }, tickets: 3 },
        { product: { sku: 'SKU-0001' }, tickets: 2 },
        { product: { sku: 'SKU-0003' }, tickets: 1 },
      ],
      // k1 about shp_1 (DHL); k2 and k4 about shp_2 (GLS)
      complaintsByCarrier: [
        { carrier: 'GLS', tickets: 2 },
        { carrier: 'DHL', tickets: 1 },
      ],
    });
  });

  it('narrows to one team, category or channel (the backlog too)', async () => {
    const care = await kpis({ ...WINDOW, team: 'customer_care' });
    expect(care).toMatchObject({ team: { code: 'customer_care' }, ticketCount: 3, slaBreachRate: 0.5 });
    expect((care['backlog'] as { count: number }[]).map((b) => b.count)).toEqual([0, 0, 2, 0, 0]);
    expect(await kpis({ ...WINDOW, category: 'DELIVERY' })).toMatchObject({
      ticketCount: 1,
      resolutionTime: { median: 36000, p90: 36000, count: 1 },
    });
    expect(await kpis({ ...WINDOW, channel: 'EMAIL' })).toMatchObject({ ticketCount: 2, reopenRate: 0 });
  });

  it('answers an empty window with zero counts and null rates, not errors', async () => {
    expect(await kpis({ from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' })).toMatchObject({
      ticketCount: 0,
      firstResponseTime: { median: null, p90: null, count: 0 },
      slaBreachRate: null,
      reopenRate: null,
      handoffsPerTicket: null,
      complaintsByProduct: [],
      complaintsByCarrier: [],
    });
  });

  it('ranks equal complaint counts by sku and by carrier, and counts only the complaints the filters keep', async () => {
    // DELIVERY alone: k1, about ord_1 (SKU-0001, SKU-0002) and shp_1 (DHL)
    expect(await kpis({ ...WINDOW, category: 'DELIVERY' })).toMatchObject({
      complaintsByProduct: [
        { product: { sku: 'SKU-0001' }, tickets: 1 },
        { product: { sku: 'SKU-0002' }, tickets: 1 },
      ],
      complaintsByCarrier: [{ carrier: 'DHL', tickets: 1 }],
    });
    // a billing ticket is no complaint, whatever it is about
    expect(await kpis({ ...WINDOW, category: 'BILLING' })).toMatchObject({
      complaintsByProduct: [],
      complaintsByCarrier: [],
    });
  });

  it('leaves out an order whose skus and a shipment whose carrier the copy does not hold yet', async () => {
    // k6 is a complaint, about ord_9 (no skus copied) and shp_9 (copied before its carrier was)
    expect(await kpis(EARLY)).toMatchObject({ ticketCount: 1, complaintsByProduct: [], complaintsByCarrier: [] });
  });

  it('is an entity: the id brings back the same figures through _entities', async () => {
    const { id } = await kpis(WINDOW);
    const { data, errors } = await harness.run<{ _entities: { ticketCount: number; from: string }[] }>(
      /* GraphQL */ `
        #graphql
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on TicketKpis {
              ticketCount
              from
            }
          }
        }
      `,
      { representations: [{ __typename: 'TicketKpis', id }] },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([{ ticketCount: 4, from: WINDOW.from }]);
    const bad = await harness.run(
      `{ _entities(representations: [{ __typename: "TicketKpis", id: "x" }]) { __typename } }`,
    );
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('reads each field group once: the whole dashboard costs three statements', async () => {
    const before = harness.db.stats.statements;
    await kpis(WINDOW);
    // the window's figures with the volumes, the backlog, the complaints per product and carrier
    expect(harness.db.stats.statements - before).toBe(3);
  });

  it('rejects a backwards, empty or too long window and an unknown team, saying what to do', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ from: WINDOW.to, to: WINDOW.from }, 'BAD_USER_INPUT', /"from" must be before "to"/],
      [{ from: WINDOW.from, to: WINDOW.from }, 'BAD_USER_INPUT', /"from" must be before "to"/],
      [{ from: '2024-01-01T00:00:00Z', to: '2025-01-02T00:00:00Z' }, 'BAD_USER_INPUT', /at most 366 days/],
      [{ ...WINDOW, team: 'nobody' }, 'NOT_FOUND', /No team has code "nobody"/],
      [{ ...WINDOW, team: 'Bad Team' }, 'INVALID_IDENTIFIER', /team code/],
    ];
    for (const [variables, code, message] of cases) {
      const { errors } = await harness.run(KPIS, variables);
      expect(errors?.[0]).toMatchObject({ extensions: { code }, message: expect.stringMatching(message) });
    }
    // a leap year is 366 days: allowed
    const { errors } = await harness.run(KPIS, { from: '2024-01-01T00:00:00Z', to: '2025-01-01T00:00:00Z' });
    expect(errors).toBeUndefined();
  });

  // last: the ticket it opens is open now, so the backlog of the tests above would count it
  it("counts a ticket openTicket writes under its order's products and its shipment's carrier at once", async () => {
    const opened = await harness.run(
      /* GraphQL */ `
        #graphql
        mutation ($input: OpenTicketInput!) {
          openTicket(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          customerId: 'cus_2',
          orderId: 'ord_2',
          shipmentId: 'shp_2',
          channel: 'EMAIL',
          category: 'RETURN',
          subject: 'Wrong size',
          body: 'The shoes do not fit.',
          idempotencyKey: `kpi-open-${engine}-0001`,
        },
      },
    );
    expect(opened.errors).toBeUndefined();
    expect(await kpis({ from: '2026-01-05T00:00:00Z', to: '2026-01-06T00:00:00Z' })).toMatchObject({
      ticketCount: 1,
      complaintsByProduct: [
        { product: { sku: 'SKU-0002' }, tickets: 1 },
        { product: { sku: 'SKU-0003' }, tickets: 1 },
      ],
      complaintsByCarrier: [{ carrier: 'GLS', tickets: 1 }],
    });
  });
});
