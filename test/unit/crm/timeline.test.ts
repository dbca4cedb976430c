import { crmModule } from '../../../subgraphs/crm/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { insertCrmFixtures } from './fixtures';

// What the gateway sends to resolve `timeline`: the key plus the @requires lists, instants as ISO strings.
const TIMELINE = /* GraphQL */ `
  #graphql
  query Timeline(
    $representations: [_Any!]!
    $first: Int
    $after: String
    $order: TimelineOrder
    $systems: [SourceSystem!]
  ) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        timeline(first: $first, after: $after, order: $order, systems: $systems) {
          edges {
            node {
              id
              occurredAt
              system
              kind
              summary
              channel
              order {
                id
              }
              shipment {
                id
              }
              ticket {
                id
              }
            }
          }
          pageInfo {
            endCursor
            hasNextPage
          }
          totalCount
        }
      }
    }
  }
`;

const OWN_TIMELINE = /* GraphQL */ `
  #graphql
  query OwnTimeline($id: ID!) {
    customer(id: $id) {
      timeline {
        edges {
          node {
            id
            system
            kind
            summary
          }
        }
        totalCount
      }
    }
  }
`;

function activity(
  id: string,
  occurredAt: string,
  kind: string,
  refs: { orderId?: string; shipmentId?: string; ticketId?: string; channel?: string } = {},
) {
  return {
    id,
    occurredAt,
    kind,
    summary: `summary of ${id}`,
    orderId: refs.orderId ?? null,
    shipmentId: refs.shipmentId ?? null,
    ticketId: refs.ticketId ?? null,
    channel: refs.channel ?? null,
  };
}

const MARIA = {
  __typename: 'Customer',
  id: 'cus_1',
  orderActivity: [
    activity('orders:ord_7:placed', '2026-03-03T08:00:00.000Z', 'ORDER_PLACED', { orderId: 'ord_7' }),
    activity('orders:pay_12:paid', '2026-03-05T10:00:00.000Z', 'ORDER_PAID', { orderId: 'ord_7' }),
  ],
  shipmentActivity: null, // logistics failed: the timeline goes on without it
  ticketActivity: [
    activity('tickets:msg_3:message', '2026-03-04T12:00:00.000Z', 'TICKET_MESSAGE', {
      ticketId: 'tkt_2',
      channel: 'CHAT',
    }),
  ],
};

interface TimelinePage {
  edges: {
    node: {
      id: string;
      system: string;
      kind: string;
      channel: string | null;
      order: { id: string } | null;
      ticket: { id: string } | null;
    };
  }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

describe.each(ENGINES)('crm Customer.timeline on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, crmModule, { insertFixtures: insertCrmFixtures });
  const timeline = async (variables: Record<string, unknown>): Promise<TimelinePage> => {
    const { data, errors } = await run(TIMELINE, { representations: [MARIA], ...variables });
    expect(errors).toBeUndefined();
    return (data?.['_entities'] as { timeline: TimelinePage }[])[0]!.timeline;
  };

  it('merges the required activity with CRM notes, newest first, ties on occurredAt broken by id', async () => {
    const page = await timeline({});
    expect(page.edges.map((edge) => [edge.node.id, edge.node.system, edge.node.kind])).toEqual([
      ['orders:pay_12:paid', 'ORDERS', 'ORDER_PAID'],
      ['crm:note_3:added', 'CRM', 'NOTE_ADDED'],
      ['crm:note_2:added', 'CRM', 'NOTE_ADDED'],
      ['tickets:msg_3:message', 'TICKETS', 'TICKET_MESSAGE'],
      ['orders:ord_7:placed', 'ORDERS', 'ORDER_PLACED'],
      ['crm:note_1:added', 'CRM', 'NOTE_ADDED'],
    ]);
    expect(page.totalCount).toBe(6);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('turns ids into entity references and keeps the channel', async () => {
    const page = await timeline({});
    const byId = new Map(page.edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get('orders:ord_7:placed')).toMatchObject({ order: { id: 'ord_7' }, ticket: null, channel: null });
    expect(byId.get('tickets:msg_3:message')).toMatchObject({ order: null, ticket: { id: 'tkt_2' }, channel: 'CHAT' });
    expect(byId.get('crm:note_1:added')).toMatchObject({
      summary: 'Note by Anna (Customer care): Prefers delivery after 6pm.',
    });
  });

  it('runs oldest first on request', async () => {
    const page = await timeline({ order: 'OLDEST_FIRST', first: 2 });
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['crm:note_1:added', 'orders:ord_7:placed']);
  });

  it('filters by system, counting only what passes', async () => {
    const page = await timeline({ systems: ['ORDERS', 'TICKETS'] });
    expect(page.edges.map((edge) => edge.node.system)).toEqual(['ORDERS', 'TICKETS', 'ORDERS']);
    expect(page.totalCount).toBe(3);
  });

  it('does not read notes when the filter leaves CRM out', async () => {
    const before = db().stats.statements;
    await timeline({ systems: ['ORDERS'] });
    // only the customer row itself
    expect(db().stats.statements - before).toBe(1);
  });

  it('pages across sources with after, never skipping or repeating an entry', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let index = 0; index < 10; index += 1) {
      const page: TimelinePage = await timeline({ first: 4, after });
      expect(page.totalCount).toBe(6);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual((await timeline({})).edges.map((edge) => edge.node.id));
  });

  it('validates first and after', async () => {
    const tooMany = await run(TIMELINE, { representations: [MARIA], first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('PAGE_SIZE_TOO_LARGE');
    const badCursor = await run(TIMELINE, { representations: [MARIA], after: 'xyz' });
    expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
  });

  it('fails an event with an unknown kind as an internal error (a bug in the system that sent it)', async () => {
    const broken = {
      ...MARIA,
      orderActivity: [activity('orders:ord_9:teleported', '2026-03-09T00:00:00.000Z', 'ORDER_TELEPORTED')],
    };
    const { errors } = await run(TIMELINE, { representations: [broken], systems: ['ORDERS'] });
    expect(errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('shows only CRM notes when asked directly, without the other systems', async () => {
    const { data, errors } = await run(OWN_TIMELINE, { id: 'cus_2' });
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      customer: {
        timeline: {
          edges: [
            {
              node: {
                id: 'crm:note_4:added',
                system: 'CRM',
                kind: 'NOTE_ADDED',
                summary: 'Note by Anna (Customer care): Asked for an invoice copy.',
              },
            },
          ],
          totalCount: 1,
        },
      },
    });
  });

  it('reads the notes of 20 customers in the same number of statements as 2', async () => {
    const cost = async (count: number) => {
      const representations = Array.from({ length: count }, (_, index) => ({ ...MARIA, id: `cus_${101 + index}` }));
      const before = db().stats.statements;
      const { errors } = await run(TIMELINE, { representations });
      expect(errors).toBeUndefined();
      return db().stats.statements - before;
    };
    const two = await cost(2);
    expect(await cost(20)).toBe(two);
    expect(two).toBe(2); // customers, notes
  });
});
