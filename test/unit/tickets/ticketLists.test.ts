import { ENGINES } from '../../support/testDatabases';
import { openTicketsHarness } from './ticketsHarness';
import type { TicketsHarness } from './ticketsHarness';

interface Page<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}
interface CustomerTicketsData {
  _entities: { id: string; tickets: Page<{ id: string; status: string }> | null }[];
}
interface MessagesData {
  ticket: {
    messages: Page<{
      id: string;
      channel: string | null;
      direction: string;
      author: string;
      agent: { id: string } | null;
      consultedTeam: { code: string; name: string } | null;
      body: string;
      sentAt: string;
    }>;
  };
}

const CUSTOMER_TICKETS = /* GraphQL */ `
  query ($representations: [_Any!]!, $first: Int, $after: String, $status: [TicketStatus!]) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        tickets(first: $first, after: $after, status: $status) {
          edges {
            cursor
            node {
              id
              status
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

const MESSAGES = /* GraphQL */ `
  query ($id: ID!, $first: Int, $after: String) {
    ticket(id: $id) {
      messages(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            channel
            direction
            author
            agent {
              id
            }
            consultedTeam {
              code
              name
            }
            body
            sentAt
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
`;

function ids<Node extends { id: string }>(page: Page<Node> | null | undefined): string[] {
  return (page?.edges ?? []).map((edge) => edge.node.id);
}

describe.each(ENGINES)('tickets subgraph lists on %s', (engine) => {
  let harness: TicketsHarness;
  beforeAll(async () => {
    harness = await openTicketsHarness(engine);
  });
  afterAll(async () => {
    await harness.close();
  });

  function customerTickets(customerIds: string[], variables: Record<string, unknown> = {}) {
    return harness.run<CustomerTicketsData>(CUSTOMER_TICKETS, {
      representations: customerIds.map((id) => ({ __typename: 'Customer', id })),
      ...variables,
    });
  }

  describe('Customer.tickets', () => {
    it('lists a customer’s tickets newest first, ten by default, with the total', async () => {
      const { data, errors } = await customerTickets(['cus_1', 'cus_2', 'cus_404']);
      expect(errors).toBeUndefined();
      const [first, second, unknown] = data?._entities ?? [];
      expect(ids(first?.tickets)).toEqual(['tkt_3', 'tkt_4', 'tkt_2', 'tkt_1']);
      expect(first?.tickets?.totalCount).toBe(4);
      expect(first?.tickets?.pageInfo.hasNextPage).toBe(false);
      expect(ids(second?.tickets)).toEqual(['tkt_5']);
      // crm decides whether a customer exists; here an unknown one simply has no tickets
      expect(unknown?.tickets).toEqual({ edges: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 });
      const many = await customerTickets(['cus_9']);
      expect(many.data?._entities[0]?.tickets?.edges).toHaveLength(10);
      expect(many.data?._entities[0]?.tickets?.totalCount).toBe(50);
    });

    it('pages on with after until there is no next page, without repeating or skipping a ticket', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page += 1) {
        const { data, errors } = await customerTickets(['cus_1'], { first: 2, after });
        expect(errors).toBeUndefined();
        const tickets = data?._entities[0]?.tickets;
        seen.push(...ids(tickets));
        expect(tickets?.totalCount).toBe(4);
        expect(tickets?.pageInfo.hasNextPage).toBe(page === 0);
        after = tickets?.pageInfo.endCursor ?? null;
        if (!tickets?.pageInfo.hasNextPage) break;
      }
      expect(seen).toEqual(['tkt_3', 'tkt_4', 'tkt_2', 'tkt_1']);
    });

    it('filters by status, and counts only the matching tickets', async () => {
      const { data } = await customerTickets(['cus_1'], { status: ['OPEN', 'PENDING_CUSTOMER'] });
      expect(ids(data?._entities[0]?.tickets)).toEqual(['tkt_3', 'tkt_2']);
      expect(data?._entities[0]?.tickets?.totalCount).toBe(2);
      const none = await customerTickets(['cus_1'], { status: [] });
      // an empty filter is no filter
      expect(none.data?._entities[0]?.tickets?.totalCount).toBe(4);
    });

    it('pages a filtered list with a cursor of that list', async () => {
      const firstPage = await customerTickets(['cus_1'], { first: 1, status: ['RESOLVED', 'CLOSED'] });
      const after = firstPage.data?._entities[0]?.tickets?.pageInfo.endCursor;
      expect(ids(firstPage.data?._entities[0]?.tickets)).toEqual(['tkt_4']);
      const next = await customerTickets(['cus_1'], { first: 1, after, status: ['RESOLVED', 'CLOSED'] });
      expect(ids(next.data?._entities[0]?.tickets)).toEqual(['tkt_1']);
      expect(next.data?._entities[0]?.tickets?.pageInfo.hasNextPage).toBe(false);
    });

    it('returns an empty page with hasNextPage for first: 0', async () => {
      const { data } = await customerTickets(['cus_1'], { first: 0 });
      expect(data?._entities[0]?.tickets).toEqual({
        edges: [],
        pageInfo: { endCursor: null, hasNextPage: true },
        totalCount: 4,
      });
    });

    it('rejects first above 100 with PAGE_SIZE_TOO_LARGE', async () => {
      const { errors } = await customerTickets(['cus_1'], { first: 101 });
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'PAGE_SIZE_TOO_LARGE',
        argumentName: 'first',
        maximum: 100,
      });
      expect(errors?.[0]?.message).toContain('Ask for at most 100 items');
    });

    it.each([
      ['not base64 JSON', 'garbage!'],
      ['a JSON value of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
      ['a key whose timestamp is not a date', Buffer.from('["yesterday","tkt_1"]').toString('base64url')],
    ])('rejects an after that is %s with INVALID_CURSOR', async (_what, after) => {
      const { errors } = await customerTickets(['cus_1'], { after });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_CURSOR', argumentName: 'after' });
      expect(errors?.[0]?.message).toContain('Pass a pageInfo.endCursor');
    });
  });

  describe('Ticket.messages', () => {
    it('lists the whole conversation earliest first, internal notes and consultations included', async () => {
      const { data, errors } = await harness.run<MessagesData>(MESSAGES, { id: 'tkt_1' });
      expect(errors).toBeUndefined();
      const messages = data?.ticket.messages;
      expect(messages?.totalCount).toBe(4);
      expect(messages?.pageInfo.hasNextPage).toBe(false);
      expect(messages?.edges.map((edge) => edge.node)).toEqual([
        {
          id: 'msg_1',
          channel: 'EMAIL',
          direction: 'INBOUND',
          author: 'Maria Keller',
          agent: null,
          consultedTeam: null,
          body: 'Where is my parcel? It was due on Monday.',
          sentAt: '2026-01-01T10:00:00.000Z',
        },
        {
          id: 'msg_2',
          channel: 'EMAIL',
          direction: 'OUTBOUND',
          author: 'Anna Berg',
          agent: { id: 'agt_1' },
          consultedTeam: null,
          body: 'We are looking into it.',
          sentAt: '2026-01-01T10:30:00.000Z',
        },
        expect.objectContaining({
          id: 'msg_3',
          channel: null,
          direction: 'INTERNAL',
          agent: { id: 'agt_2' },
          consultedTeam: { code: 'billing', name: 'Billing' },
        }),
        expect.objectContaining({ id: 'msg_4', direction: 'OUTBOUND', agent: { id: 'agt_2' } }),
      ]);
    });

    it('pages the conversation with first and after', async () => {
      const firstPage = await harness.run<MessagesData>(MESSAGES, { id: 'tkt_1', first: 3 });
      expect(ids(firstPage.data?.ticket.messages)).toEqual(['msg_1', 'msg_2', 'msg_3']);
      expect(firstPage.data?.ticket.messages.pageInfo.hasNextPage).toBe(true);
      const after = firstPage.data?.ticket.messages.pageInfo.endCursor;
      const next = await harness.run<MessagesData>(MESSAGES, { id: 'tkt_1', first: 3, after });
      expect(ids(next.data?.ticket.messages)).toEqual(['msg_4']);
      expect(next.data?.ticket.messages.pageInfo.hasNextPage).toBe(false);
      expect(next.data?.ticket.messages.totalCount).toBe(4);
    });

    it('reports an empty conversation with a total of 0', async () => {
      const { data } = await harness.run<MessagesData>(MESSAGES, { id: 'tkt_5' });
      expect(data?.ticket.messages).toEqual({
        edges: [],
        pageInfo: { endCursor: null, hasNextPage: false },
        totalCount: 0,
      });
    });

    it('keeps the total when a page is past the last message', async () => {
      const last = await harness.run<MessagesData>(MESSAGES, { id: 'tkt_2' });
      const after = last.data?.ticket.messages.pageInfo.endCursor;
      const { data } = await harness.run<MessagesData>(MESSAGES, { id: 'tkt_2', after });
      expect(data?.ticket.messages).toEqual({
        edges: [],
        pageInfo: { endCursor: null, hasNextPage: false },
        totalCount: 1,
      });
    });

    it('rejects first above 100 with PAGE_SIZE_TOO_LARGE and a foreign cursor with INVALID_CURSOR', async () => {
      const tooMany = await harness.run(MESSAGES, { id: 'tkt_1', first: 500 });
      expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('PAGE_SIZE_TOO_LARGE');
      const badCursor = await harness.run(MESSAGES, { id: 'tkt_1', after: Buffer.from('[1]').toString('base64url') });
      expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
    });
  });
});
