import { decodeCursor } from '../../../subgraphs/shared';
import type { ActivityEvent } from '../../../subgraphs/shared';
import { mergeTimeline } from '../../../subgraphs/crm/activity/mergeTimeline';
import type { TimelineRequest, TimelineSource } from '../../../subgraphs/crm/activity/mergeTimeline';
import { readTimeCursor } from '../../../subgraphs/shared';

function event(id: string, occurredAt: string, kind = 'ORDER_PLACED'): ActivityEvent {
  return {
    id,
    occurredAt: new Date(occurredAt),
    kind,
    summary: `summary of ${id}`,
    orderId: null,
    shipmentId: null,
    ticketId: null,
    channel: null,
  };
}

// Three systems; two pairs of events share an instant, across sources, so order depends on the id tie-break.
const SOURCES: TimelineSource[] = [
  {
    system: 'CRM',
    events: [
      event('crm:note_1:added', '2026-01-01T10:00:00.000Z', 'NOTE_ADDED'),
      event('crm:note_2:added', '2026-01-03T10:00:00.000Z', 'NOTE_ADDED'),
    ],
  },
  {
    system: 'ORDERS',
    // as they arrive in a representation: ISO strings
    events: [
      { ...event('orders:ord_1:placed', '2026-01-02T10:00:00.000Z'), occurredAt: '2026-01-02T10:00:00.000Z' },
      {
        ...event('orders:pay_1:paid', '2026-01-03T10:00:00.000Z', 'ORDER_PAID'),
        occurredAt: '2026-01-03T10:00:00.000Z',
      },
    ],
  },
  { system: 'LOGISTICS', events: null },
  { system: 'TICKETS', events: [event('tickets:tkt_1:opened', '2026-01-02T10:00:00.000Z', 'TICKET_OPENED')] },
];

const ALL: TimelineRequest = { customerId: 'cus_1', order: 'NEWEST_FIRST', systems: null, first: 20, after: null };

function ids(request: Partial<TimelineRequest>, sources = SOURCES): string[] {
  return mergeTimeline(sources, { ...ALL, ...request }).edges.map((edge) => edge.node.id);
}

describe('mergeTimeline', () => {
  it('merges every source newest first, breaking ties on occurredAt by id', () => {
    expect(ids({})).toEqual([
      'orders:pay_1:paid',
      'crm:note_2:added',
      'tickets:tkt_1:opened',
      'orders:ord_1:placed',
      'crm:note_1:added',
    ]);
  });

  it('runs oldest first with the tie-break reversed too', () => {
    expect(ids({ order: 'OLDEST_FIRST' })).toEqual([
      'crm:note_1:added',
      'orders:ord_1:placed',
      'tickets:tkt_1:opened',
      'crm:note_2:added',
      'orders:pay_1:paid',
    ]);
  });

  it('parses ISO strings from representations into Dates and labels each entry with its system', () => {
    const [first] = mergeTimeline(SOURCES, ALL).edges;
    expect(first?.node).toEqual({
      id: 'orders:pay_1:paid',
      customerId: 'cus_1',
      occurredAt: new Date('2026-01-03T10:00:00.000Z'),
      system: 'ORDERS',
      kind: 'ORDER_PAID',
      summary: 'summary of orders:pay_1:paid',
      channel: null,
      orderId: null,
      shipmentId: null,
      ticketId: null,
    });
  });

  it('treats a failed (null) source as empty', () => {
    expect(mergeTimeline([{ system: 'LOGISTICS', events: null }], ALL)).toEqual({
      edges: [],
      pageInfo: { endCursor: null, hasNextPage: false },
      totalCount: 0,
    });
  });

  it('filters by system and counts only what passes the filter', () => {
    const connection = mergeTimeline(SOURCES, { ...ALL, systems: ['ORDERS', 'TICKETS'] });
    expect(connection.edges.map((edge) => edge.node.system)).toEqual(['ORDERS', 'TICKETS', 'ORDERS']);
    expect(connection.totalCount).toBe(3);
    expect(mergeTimeline(SOURCES, { ...ALL, systems: [] }).totalCount).toBe(0);
  });

  it('pages across sources with cursors, without skipping or repeating tied entries', () => {
    for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
      const seen: string[] = [];
      let after: TimelineRequest['after'] = null;
      for (let page = 0; page < 10; page += 1) {
        const connection = mergeTimeline(SOURCES, { ...ALL, order, first: 2, after });
        expect(connection.totalCount).toBe(5);
        seen.push(...connection.edges.map((edge) => edge.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = readTimeCursor(decodeCursor(connection.pageInfo.endCursor ?? '', 2));
      }
      expect(seen).toEqual(ids({ order }));
    }
  });

  it('puts the instant and the id in the cursor', () => {
    const connection = mergeTimeline(SOURCES, { ...ALL, first: 1 });
    expect(decodeCursor(connection.pageInfo.endCursor ?? '', 2)).toEqual([
      '2026-01-03T10:00:00.000Z',
      'orders:pay_1:paid',
    ]);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  it('returns an empty last page after the final entry', () => {
    const connection = mergeTimeline(SOURCES, {
      ...ALL,
      after: { at: new Date('2026-01-01T10:00:00.000Z'), id: 'crm:note_1:added' },
    });
    expect(connection.edges).toEqual([]);
    expect(connection.pageInfo).toEqual({ endCursor: null, hasNextPage: false });
    expect(connection.totalCount).toBe(5);
  });

  it('rejects an event whose occurredAt is not an instant as our bug', () => {
    const broken: TimelineSource = {
      system: 'TICKETS',
      events: [{ ...event('tickets:tkt_9:opened', '2026-01-01T00:00:00Z'), occurredAt: 'yesterday' }],
    };
    expect(() => mergeTimeline([broken], ALL)).toThrow(/invariant violated: activity event tickets:tkt_9:opened/);
  });
});
