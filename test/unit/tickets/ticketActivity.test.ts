import { ENGINES } from '../../support/testDatabases';
import { openTicketsHarness } from './ticketsHarness';
import type { TicketsHarness } from './ticketsHarness';

interface ActivityData {
  _entities: {
    id: string;
    ticketActivity: {
      id: string;
      occurredAt: string;
      kind: string;
      summary: string;
      orderId: string | null;
      shipmentId: string | null;
      ticketId: string | null;
      channel: string | null;
    }[];
  }[];
}

const ACTIVITY = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        ticketActivity {
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

describe.each(ENGINES)('tickets subgraph Customer.ticketActivity on %s', (engine) => {
  let harness: TicketsHarness;
  let activity: ActivityData['_entities'];
  beforeAll(async () => {
    harness = await openTicketsHarness(engine);
    const { data, errors } = await harness.run<ActivityData>(ACTIVITY, {
      representations: ['cus_1', 'cus_2', 'cus_404'].map((id) => ({ __typename: 'Customer', id })),
    });
    expect(errors).toBeUndefined();
    activity = data?._entities ?? [];
  });
  afterAll(async () => {
    await harness.close();
  });

  function eventsOf(customer: number, ticketId: string) {
    return (activity[customer]?.ticketActivity ?? []).filter((event) => event.ticketId === ticketId);
  }

  it('tells the story of a ticket: opened, every message and hand-off, resolved, oldest first', () => {
    expect(eventsOf(0, 'tkt_1')).toEqual([
      {
        id: 'tickets:tkt_1:opened',
        occurredAt: '2026-01-01T10:00:00.000Z',
        kind: 'TICKET_OPENED',
        summary: 'Ticket T-100001 opened via email: "Parcel never arrived" (delivery, high priority, Customer care)',
        orderId: 'ord_1',
        shipmentId: 'shp_1',
        ticketId: 'tkt_1',
        channel: 'EMAIL',
      },
      expect.objectContaining({
        id: 'tickets:msg_1',
        kind: 'TICKET_MESSAGE',
        channel: 'EMAIL',
        summary: 'Ticket T-100001: inbound email from Maria Keller: "Where is my parcel? It was due on Monday."',
      }),
      expect.objectContaining({
        id: 'tickets:msg_2',
        kind: 'TICKET_MESSAGE',
        summary: 'Ticket T-100001: outbound email by Anna Berg: "We are looking into it."',
      }),
      expect.objectContaining({
        id: 'tickets:hof_1',
        kind: 'TICKET_HANDOFF',
        channel: null,
        summary: 'Ticket T-100001 transferred from Customer care to Logistics desk: parcel lost (by Anna Berg)',
      }),
      expect.objectContaining({
        id: 'tickets:hof_2',
        kind: 'TICKET_HANDOFF',
        summary: 'Ticket T-100001: Logistics desk consulted Billing: refund amount (by Lars Vogel)',
      }),
      expect.objectContaining({ id: 'tickets:msg_3', kind: 'TICKET_MESSAGE', channel: null }),
      expect.objectContaining({ id: 'tickets:msg_4', kind: 'TICKET_MESSAGE', occurredAt: '2026-01-02T12:00:00.000Z' }),
      expect.objectContaining({
        id: 'tickets:tkt_1:resolved',
        kind: 'TICKET_RESOLVED',
        occurredAt: '2026-01-02T12:00:00.000Z',
        channel: null,
        summary: 'Ticket T-100001 resolved by Logistics desk, after its SLA: "Parcel never arrived"',
        orderId: 'ord_1',
        shipmentId: 'shp_1',
      }),
    ]);
  });

  it('summarises an internal note by its author, the team consulted and at most 80 characters cut between words', () => {
    const note = eventsOf(0, 'tkt_1').find((event) => event.id === 'tickets:msg_3');
    expect(note?.summary).toBe(
      'Ticket T-100001: internal note by Lars Vogel (consulting Billing): "Billing: the carrier confirmed the loss at the Leipzig hub, can we refund the…"',
    );
  });

  it('reports an open ticket as opened only, and a closed one as resolved (now closed)', () => {
    expect(eventsOf(0, 'tkt_2').map((event) => event.kind)).toEqual(['TICKET_OPENED', 'TICKET_MESSAGE']);
    expect(eventsOf(0, 'tkt_2')[1]?.channel).toBe('CHAT');
    expect(eventsOf(0, 'tkt_4').map((event) => event.summary)).toEqual([
      'Ticket T-100004 opened via web form: "Return label" (return, normal priority, Customer care)',
      'Ticket T-100004 resolved by Customer care: "Return label" (now closed)',
    ]);
  });

  it('keeps each customer’s events apart, and gives an unknown customer none', () => {
    expect(activity.map((customer) => customer.id)).toEqual(['cus_1', 'cus_2', 'cus_404']);
    expect(activity[1]?.ticketActivity.map((event) => event.id)).toEqual(['tickets:tkt_5:opened']);
    expect(activity[2]?.ticketActivity).toEqual([]);
    const all = activity[0]?.ticketActivity ?? [];
    expect(new Set(all.map((event) => event.id)).size).toBe(all.length);
    expect(new Set(all.map((event) => event.kind))).toEqual(
      new Set(['TICKET_OPENED', 'TICKET_MESSAGE', 'TICKET_HANDOFF', 'TICKET_RESOLVED']),
    );
  });
});
