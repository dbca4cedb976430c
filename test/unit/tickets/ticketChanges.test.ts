import type { ChangeFact } from '../../../platform/changeEvents';
import { advanceSequences } from '../../../stack/seed/advanceSequences';
import { ticketsModule } from '../../../subgraphs/tickets/module';
import { recordingAnnouncements } from '../../support/recordingChangeFeed';
import { TEST_CALLER } from '../../support/runOperation';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { ENGINES } from '../../support/testDatabases';
import { FIXTURE_SQL } from './fixtures';

interface Answer {
  result: { id: string; number: string; team: { code: string } };
}

describe.each(ENGINES)('tickets subgraph: what each lifecycle command announces on %s', (engine) => {
  const announced = recordingAnnouncements('tickets');
  const subgraph = useSubgraphServer(engine, ticketsModule, {
    insertFixtures: async (db) => {
      await db.exec(FIXTURE_SQL);
      await advanceSequences(db);
    },
    // a supervisor, who may act for any agent
    createContext: (db) =>
      Object.assign(ticketsModule.createContext(db), { caller: TEST_CALLER, invalidation: announced.invalidation() }),
  });

  /** Runs `field(args)` and returns the ticket it answers with; fails the test on an error. */
  async function mutate(field: string, args: string): Promise<Answer['result']> {
    const { data, errors } = await subgraph.run(`mutation { result: ${field}(${args}) { id number team { code } } }`);
    expect(errors).toBeUndefined();
    return (data as unknown as Answer).result;
  }

  // opened in the first test, worked on by the others, in order
  let ticket: Answer['result'];
  const entities = () => [
    { typename: 'Ticket', keys: { id: ticket.id, number: ticket.number } },
    { typename: 'Customer', keys: { id: 'cus_7' } },
    { typename: 'Order', keys: { id: 'ord_7' } },
    { typename: 'Shipment', keys: { id: 'shp_7' } },
  ];
  const change = (kind: string, facts: Record<string, ChangeFact>) => ({
    kind,
    system: 'tickets',
    entities: entities(),
    facts,
  });

  // a write that moves a ticket in or out of a team queue also announces TEAM_QUEUE_CHANGED, after its own change
  // (the queue's own tests cover those); here: the write's own change
  const writes = () => announced.changes().filter(({ kind }) => kind !== 'TEAM_QUEUE_CHANGED');
  const firstWrite = () => announced.log.slice(0, 2);

  beforeEach(() => announced.clear());

  it('openTicket: invalidates the ticket, customer, order and shipment, then appends TICKET_OPENED', async () => {
    const open = `input: { customerId: "cus_7", orderId: "ord_7", shipmentId: "shp_7", channel: EMAIL, category: DELIVERY,
      subject: "Where is my parcel?", body: "It has not arrived.", idempotencyKey: "open-key-0001" }`;
    ticket = await mutate('openTicket', open);
    expect(ticket.team.code).toBe('logistics_desk');
    expect(firstWrite()).toEqual([
      {
        published: [
          `tickets/Ticket:id=${ticket.id}`,
          `tickets/Ticket:number=${ticket.number}`,
          'tickets/Customer:id=cus_7',
          'tickets/Order:id=ord_7',
          'tickets/Shipment:id=shp_7',
        ],
      },
      {
        appended: {
          ...change('TICKET_OPENED', { channel: 'EMAIL', team: 'logistics_desk' }),
          changedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        },
      },
    ]);

    // a retry with the key changes nothing, so it announces nothing
    const before = announced.log.length;
    expect(await mutate('openTicket', open)).toEqual(ticket);
    expect(announced.log).toHaveLength(before);
  });

  it('addMessage: TICKET_MESSAGE_ADDED with direction and channel (null for an internal note)', async () => {
    await mutate(
      'addMessage',
      `input: { ticketId: "${ticket.id}", direction: OUTBOUND, channel: EMAIL, body: "On its way.", agentId: "agt_2" }`,
    );
    await mutate(
      'addMessage',
      `input: { ticketId: "${ticket.id}", direction: INTERNAL, body: "Asked DHL.", agentId: "agt_2" }`,
    );
    expect(writes()).toEqual([
      change('TICKET_MESSAGE_ADDED', { direction: 'OUTBOUND', channel: 'EMAIL', team: 'logistics_desk' }),
      change('TICKET_MESSAGE_ADDED', { direction: 'INTERNAL', channel: null, team: 'logistics_desk' }),
    ]);
  });

  it('assignTicket: TICKET_ASSIGNED with the assignee; assigning it to them again changes and announces nothing', async () => {
    await mutate('assignTicket', `ticketId: "${ticket.id}", agentId: "agt_2"`);
    await mutate('assignTicket', `ticketId: "${ticket.id}", agentId: "agt_2"`);
    expect(writes()).toEqual([change('TICKET_ASSIGNED', { agentId: 'agt_2', team: 'logistics_desk' })]);
  });

  it('consultTeam and answerConsultation: the consulted team, and the owning team as team', async () => {
    await mutate(
      'consultTeam',
      `ticketId: "${ticket.id}", team: "billing", question: "Was it paid?", agentId: "agt_2"`,
    );
    await mutate('answerConsultation', `ticketId: "${ticket.id}", team: "billing", body: "Yes.", agentId: "agt_3"`);
    expect(writes()).toEqual([
      change('TICKET_CONSULTED', { consultedTeam: 'billing', team: 'logistics_desk' }),
      change('CONSULTATION_ANSWERED', { consultedTeam: 'billing', team: 'logistics_desk' }),
    ]);
  });

  it('transferTicket: TICKET_TRANSFERRED from and to, with the new owner as team', async () => {
    await mutate(
      'transferTicket',
      `ticketId: "${ticket.id}", toTeam: " customer_care ", reason: "Refund", agentId: "agt_2"`,
    );
    expect(writes()).toEqual([
      change('TICKET_TRANSFERRED', { fromTeam: 'logistics_desk', toTeam: 'customer_care', team: 'customer_care' }),
    ]);
  });

  it('resolveTicket and reopenTicket: TICKET_RESOLVED with the code, then TICKET_REOPENED', async () => {
    await mutate('resolveTicket', `ticketId: "${ticket.id}", resolutionCode: REPLACED, agentId: "agt_1"`);
    await mutate('reopenTicket', `ticketId: "${ticket.id}", reason: "Replacement broken too", agentId: "agt_1"`);
    expect(writes()).toEqual([
      change('TICKET_RESOLVED', { resolutionCode: 'REPLACED', team: 'customer_care' }),
      change('TICKET_REOPENED', { team: 'customer_care' }),
    ]);
  });

  it('names only the ticket and its customer when the ticket is about no order or shipment', async () => {
    await mutate(
      'addMessage',
      `input: { ticketId: "tkt_3", direction: INBOUND, channel: PHONE, body: "Still locked out." }`,
    );
    expect(firstWrite()).toEqual([
      { published: ['tickets/Ticket:id=tkt_3', 'tickets/Ticket:number=T-100003', 'tickets/Customer:id=cus_1'] },
      {
        appended: {
          kind: 'TICKET_MESSAGE_ADDED',
          system: 'tickets',
          entities: [
            { typename: 'Ticket', keys: { id: 'tkt_3', number: 'T-100003' } },
            { typename: 'Customer', keys: { id: 'cus_1' } },
          ],
          facts: { direction: 'INBOUND', channel: 'PHONE', team: 'customer_care' },
          changedAt: expect.any(String),
        },
      },
    ]);
  });

  it('announces nothing for a refused command', async () => {
    const { errors } = await subgraph.run(
      `mutation { reopenTicket(ticketId: "${ticket.id}", reason: "Again", agentId: "agt_1") { id } }`,
    );
    expect(errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
    expect(announced.log).toEqual([]);
  });
});
