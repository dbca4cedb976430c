import { ENGINES } from '../../support/testDatabases';
import { openTicketsHarness } from './ticketsHarness';
import type { TicketsHarness } from './ticketsHarness';

interface TicketData {
  ticket: {
    id: string;
    number: string;
    slaBreached: boolean;
    team: { code: string; name: string };
    assignee: { id: string; team: { code: string } } | null;
    customer: { id: string };
    order: { id: string } | null;
    shipment: { id: string } | null;
    handoffs: {
      id: string;
      kind: string;
      fromTeam: { code: string };
      toTeam: { code: string };
      by: { id: string } | null;
      reason: string;
      at: string;
    }[];
  };
}

describe.each(ENGINES)('tickets subgraph lookups on %s', (engine) => {
  let harness: TicketsHarness;
  beforeAll(async () => {
    harness = await openTicketsHarness(engine);
  });
  afterAll(async () => {
    await harness.close();
  });

  const TICKET_FIELDS = /* GraphQL */ `
    id number subject category channel priority status createdAt firstResponseDueAt firstRespondedAt slaDueAt
    resolvedAt slaBreached
    team { code name }
    assignee { id name team { code } }
    customer { id } order { id } shipment { id }
    handoffs { id kind fromTeam { code } toTeam { code } by { id } reason at }
  `;

  describe('Query.ticket', () => {
    it('returns the ticket with its owner, assignee, references and hand-offs earliest first', async () => {
      const { data, errors } = await harness.run<TicketData>(`#graphql
        query { ticket(id: "tkt_1") { ${TICKET_FIELDS} } }`);
      expect(errors).toBeUndefined();
      expect(data?.ticket).toEqual({
        id: 'tkt_1',
        number: 'T-100001',
        subject: 'Parcel never arrived',
        category: 'DELIVERY',
        channel: 'EMAIL',
        priority: 'HIGH',
        status: 'RESOLVED',
        createdAt: '2026-01-01T10:00:00.000Z',
        firstResponseDueAt: '2026-01-01T12:00:00.000Z',
        firstRespondedAt: '2026-01-01T10:30:00.000Z',
        slaDueAt: '2026-01-02T10:00:00.000Z',
        resolvedAt: '2026-01-02T12:00:00.000Z',
        slaBreached: true,
        team: { code: 'logistics_desk', name: 'Logistics desk' },
        assignee: { id: 'agt_2', name: 'Lars Vogel', team: { code: 'logistics_desk' } },
        customer: { id: 'cus_1' },
        order: { id: 'ord_1' },
        shipment: { id: 'shp_1' },
        handoffs: [
          {
            id: 'hof_1',
            kind: 'TRANSFER',
            fromTeam: { code: 'customer_care' },
            toTeam: { code: 'logistics_desk' },
            by: { id: 'agt_1' },
            reason: 'parcel lost',
            at: '2026-01-01T10:45:00.000Z',
          },
          {
            id: 'hof_2',
            kind: 'CONSULT',
            fromTeam: { code: 'logistics_desk' },
            toTeam: { code: 'billing' },
            by: { id: 'agt_2' },
            reason: 'refund amount',
            at: '2026-01-01T11:00:00.000Z',
          },
        ],
      });
    });

    it('returns null for the order, shipment and assignee a ticket does not have, and no hand-offs', async () => {
      const { data } = await harness.run<TicketData>(`#graphql
        query { ticket(id: "tkt_5") { assignee { id } order { id } shipment { id } handoffs { id } customer { id } } }`);
      expect(data?.ticket).toEqual({
        assignee: null,
        order: null,
        shipment: { id: 'shp_1' },
        handoffs: [],
        customer: { id: 'cus_2' },
      });
    });

    it('rejects a malformed id with INVALID_IDENTIFIER before any SQL runs', async () => {
      const before = harness.db.stats.statements;
      const { data, errors } = await harness.run(`#graphql
        query { ticket(id: "ticket-1") { id } }`);
      expect(data?.['ticket']).toBeNull();
      expect(errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
      expect(errors?.[0]?.message).toBe('"ticket-1" is not a valid id: expected tkt_<number>, e.g. tkt_1.');
      expect(harness.db.stats.statements).toBe(before);
    });

    it('fails with NOT_FOUND for a well-formed id nobody has', async () => {
      const { errors } = await harness.run(`#graphql
        query { ticket(id: "tkt_999") { id } }`);
      expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(errors?.[0]?.message).toBe(
        'No ticket has id "tkt_999". Check the value, or search by another identifier.',
      );
    });
  });

  describe('Query.ticketByNumber', () => {
    it('finds a ticket by the number the customer was given', async () => {
      const { data, errors } = await harness.run(`#graphql
        query { ticketByNumber(number: "T-100002") { id number status team { code } } }`);
      expect(errors).toBeUndefined();
      expect(data?.['ticketByNumber']).toEqual({
        id: 'tkt_2',
        number: 'T-100002',
        status: 'OPEN',
        team: { code: 'customer_care' },
      });
    });

    it('accepts a number typed in lower case with spaces around it', async () => {
      const { data } = await harness.run(`#graphql
        query { ticketByNumber(number: " t-100003 ") { id } }`);
      expect(data?.['ticketByNumber']).toEqual({ id: 'tkt_3' });
    });

    it('rejects a malformed number with INVALID_IDENTIFIER', async () => {
      const { errors } = await harness.run(`#graphql
        query { ticketByNumber(number: "100001") { id } }`);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_IDENTIFIER', argumentName: 'number' });
      expect(errors?.[0]?.message).toContain('expected T-<6 to 12 digits>');
    });

    it('fails with NOT_FOUND for a well-formed number nobody has', async () => {
      const { errors } = await harness.run(`#graphql
        query { ticketByNumber(number: "T-999999") { id } }`);
      expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(errors?.[0]?.message).toContain('No ticket has number "T-999999"');
    });
  });

  describe('Query.teams', () => {
    it('lists every team by name (all that migration 002 creates), each with its agents by name', async () => {
      const { data, errors } = await harness.run(`#graphql
        query { teams { code name agents { id name team { code } } } }`);
      expect(errors).toBeUndefined();
      expect(data?.['teams']).toEqual([
        { code: 'billing', name: 'Billing', agents: [{ id: 'agt_3', name: 'Bea Roth', team: { code: 'billing' } }] },
        {
          code: 'customer_care',
          name: 'Customer care',
          agents: [
            { id: 'agt_1', name: 'Anna Berg', team: { code: 'customer_care' } },
            { id: 'agt_4', name: 'Chris Adler', team: { code: 'customer_care' } },
          ],
        },
        {
          code: 'logistics_desk',
          name: 'Logistics desk',
          agents: [{ id: 'agt_2', name: 'Lars Vogel', team: { code: 'logistics_desk' } }],
        },
        // migration 002 creates every team; the fixture gives agents to three of them
        { code: 'product_support', name: 'Product support', agents: [] },
        { code: 'returns', name: 'Returns', agents: [] },
        { code: 'triage', name: 'Triage', agents: [] },
      ]);
    });
  });

  describe('Ticket.slaBreached (now = 2026-01-05 12:00)', () => {
    it.each([
      ['tkt_1', true, 'resolved after its SLA due time'],
      ['tkt_2', true, 'still open past its SLA due time'],
      ['tkt_3', false, 'still open, SLA due time ahead'],
      ['tkt_4', false, 'closed before its SLA due time'],
      ['tkt_5', true, 'new and never answered, past its SLA due time'],
    ])('is %s → %s: %s', async (id, breached) => {
      const { data } = await harness.run(
        `#graphql
        query($id: ID!) { ticket(id: $id) { slaBreached } }`,
        { id },
      );
      expect(data?.['ticket']).toEqual({ slaBreached: breached });
    });
  });

  describe('_entities', () => {
    const ENTITIES = /* GraphQL */ `
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Ticket {
            id
            number
          }
          ... on Order {
            id
            tickets {
              id
            }
          }
          ... on Shipment {
            id
            tickets {
              id
            }
          }
        }
      }
    `;

    it('resolves tickets by id and by number, in representation order', async () => {
      const { data, errors } = await harness.run(ENTITIES, {
        representations: [
          { __typename: 'Ticket', number: 'T-100003' },
          { __typename: 'Ticket', id: 'tkt_1' },
          { __typename: 'Ticket', number: 'T-100001' },
        ],
      });
      expect(errors).toBeUndefined();
      expect(data?.['_entities']).toEqual([
        { id: 'tkt_3', number: 'T-100003' },
        { id: 'tkt_1', number: 'T-100001' },
        { id: 'tkt_1', number: 'T-100001' },
      ]);
    });

    it('reports NOT_FOUND for a ticket reference nobody has, and still resolves the others', async () => {
      const { data, errors } = await harness.run(ENTITIES, {
        representations: [
          { __typename: 'Ticket', id: 'tkt_2' },
          { __typename: 'Ticket', id: 'tkt_404' },
        ],
      });
      expect(data?.['_entities']).toEqual([{ id: 'tkt_2', number: 'T-100002' }, null]);
      expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('lists the tickets about an order and about a shipment, newest first', async () => {
      const { data, errors } = await harness.run(ENTITIES, {
        representations: [
          { __typename: 'Order', id: 'ord_1' },
          { __typename: 'Order', id: 'ord_2' },
          { __typename: 'Order', id: 'ord_3' },
          { __typename: 'Shipment', id: 'shp_1' },
          { __typename: 'Shipment', id: 'shp_2' },
        ],
      });
      expect(errors).toBeUndefined();
      expect(data?.['_entities']).toEqual([
        { id: 'ord_1', tickets: [{ id: 'tkt_2' }, { id: 'tkt_1' }] },
        { id: 'ord_2', tickets: [{ id: 'tkt_4' }] },
        { id: 'ord_3', tickets: [] },
        { id: 'shp_1', tickets: [{ id: 'tkt_5' }, { id: 'tkt_1' }] },
        { id: 'shp_2', tickets: [] },
      ]);
    });
  });
});
