import { ENGINES } from '../../support/testDatabases';
import type { TicketsHarness } from './ticketsHarness';
import { NOW } from './ticketsHarness';
import { mutate, openLifecycleHarness, readTicket } from './lifecycleHarness';

const OPEN_ARGS = '$input: OpenTicketInput!';
function openInput(overrides: Record<string, unknown> = {}) {
  return {
    customerId: 'cus_7',
    channel: 'CHAT',
    category: 'DELIVERY',
    priority: 'HIGH',
    subject: 'Parcel late',
    body: 'My parcel is three days late.',
    orderId: 'ord_7',
    idempotencyKey: `key-${Math.random().toString(36).slice(2)}`,
    ...overrides,
  };
}
const open = (h: TicketsHarness, input: Record<string, unknown>) =>
  mutate(h, 'openTicket', 'input: $input', { input }, `(${OPEN_ARGS})`);
const message = (h: TicketsHarness, input: Record<string, unknown>) =>
  mutate(h, 'addMessage', 'input: $input', { input }, '($input: AddMessageInput!)');

// fixture (see fixtures.ts): tkt_1 RESOLVED logistics_desk with an unanswered consultation of billing; tkt_2 OPEN
// customer_care unassigned; tkt_3 PENDING_CUSTOMER; tkt_4 CLOSED; tkt_5 NEW. agt_1/agt_4 customer care, agt_2
// logistics desk, agt_3 billing.
describe.each(ENGINES)('Ticket lifecycle mutations on %s', (engine) => {
  let h: TicketsHarness;
  beforeAll(async () => {
    h = await openLifecycleHarness(engine);
  });
  afterAll(() => h?.close());

  describe('openTicket', () => {
    it('routes by category, computes the due times from the SLA policy and records OPENED', async () => {
      const { ticket, error } = await open(h, openInput());
      expect(error).toBeUndefined();
      expect(ticket).toMatchObject({
        status: 'NEW',
        team: { code: 'logistics_desk' },
        assignee: null,
        createdAt: NOW.toISOString(),
        // HIGH: first response in 240 minutes, resolution in 1440
        firstResponseDueAt: new Date(NOW.getTime() + 240 * 60_000).toISOString(),
        slaDueAt: new Date(NOW.getTime() + 1440 * 60_000).toISOString(),
        reopenCount: 0,
        messages: { totalCount: 1, edges: [{ node: { direction: 'INBOUND', consultedTeam: null } }] },
        history: [
          { kind: 'OPENED', fromStatus: null, toStatus: 'NEW', team: { code: 'logistics_desk' }, actor: 'cus_7' },
        ],
      });
      expect(ticket?.id).toMatch(/^tkt_\d+$/);
      expect(ticket?.number).toBe(`T-${100000 + Number(ticket!.id.slice(4))}`);
    });

    it('sends a category without a rule to the triage team, with the NORMAL SLA by default', async () => {
      const { ticket } = await open(h, openInput({ category: 'OTHER', priority: undefined }));
      expect(ticket?.team.code).toBe('triage');
      expect(ticket?.slaDueAt).toBe(new Date(NOW.getTime() + 4320 * 60_000).toISOString());
    });

    it('returns the original ticket for the same key and input, and rejects the key with other input', async () => {
      const input = openInput();
      const first = await open(h, input);
      const again = await open(h, { ...input, subject: `  ${input.subject} ` });
      expect(again.ticket?.id).toBe(first.ticket?.id);
      const other = await open(h, { ...input, body: 'Something else' });
      expect(other.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(other.error?.message).toMatch(/different request.*use a new key/);
    });

    it.each([
      [{ customerId: 'customer-7' }, 'INVALID_IDENTIFIER', /cus_<number>/],
      [{ orderId: 'ORD-1' }, 'INVALID_IDENTIFIER', /ord_<number>/],
      [{ shipmentId: 'x' }, 'INVALID_IDENTIFIER', /shp_<number>/],
      [{ subject: '   ' }, 'BAD_USER_INPUT', /subject must not be empty/],
      [{ body: '' }, 'BAD_USER_INPUT', /body must not be empty/],
      [{ idempotencyKey: 'short' }, 'BAD_USER_INPUT', /8 to 200 characters/],
    ])('rejects %j with %s', async (overrides, code, message) => {
      const { error } = await open(h, openInput(overrides));
      expect(error?.code).toBe(code);
      expect(error?.message).toMatch(message);
    });
  });

  describe('addMessage', () => {
    it('records the first response on the first OUTBOUND message and moves NEW to OPEN', async () => {
      const { ticket } = await open(h, openInput());
      const answered = await message(h, {
        ticketId: ticket!.id,
        direction: 'OUTBOUND',
        channel: 'CHAT',
        body: 'We are on it.',
        agentId: 'agt_2',
      });
      expect(answered.ticket).toMatchObject({ status: 'OPEN', firstRespondedAt: NOW.toISOString() });
      expect(answered.ticket?.history.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
        ['OPENED', null, 'NEW'],
        ['MESSAGE_ADDED', 'NEW', 'OPEN'],
      ]);
    });

    it('moves PENDING_CUSTOMER to OPEN on a customer reply, signed with the name of their first message', async () => {
      await h.db.query(
        `INSERT INTO tickets.messages (id, ticket_id, channel, direction, author, body, sent_at)
         VALUES ('msg_900', 'tkt_3', 'PHONE', 'INBOUND', 'Maria Keller', 'Cannot log in', '2026-01-04T09:00:00Z')`,
      );
      const { ticket } = await message(h, {
        ticketId: 'tkt_3',
        direction: 'INBOUND',
        channel: 'EMAIL',
        body: 'Still stuck.',
      });
      expect(ticket?.status).toBe('OPEN');
      const messages = (
        await h.db.query<{ author: string }>(
          `SELECT author FROM tickets.messages WHERE ticket_id = 'tkt_3' ORDER BY sent_at DESC LIMIT 1`,
        )
      )[0];
      expect(messages?.author).toBe('Maria Keller');
    });

    it.each([
      [{ direction: 'INTERNAL', channel: 'CHAT', agentId: 'agt_1' }, 'BAD_USER_INPUT', /leave channel out/],
      [{ direction: 'OUTBOUND', agentId: 'agt_1' }, 'BAD_USER_INPUT', /set channel/],
      [{ direction: 'OUTBOUND', channel: 'CHAT' }, 'BAD_USER_INPUT', /set agentId/],
      [{ direction: 'INBOUND', channel: 'CHAT', agentId: 'agt_1' }, 'BAD_USER_INPUT', /leave agentId out/],
      [{ direction: 'INTERNAL', agentId: 'agt_99' }, 'NOT_FOUND', /No agent/],
      [{ direction: 'INTERNAL', agentId: 'agent 1' }, 'INVALID_IDENTIFIER', /agt_<number>/],
      [{ direction: 'INTERNAL', agentId: 'agt_1', ticketId: 'tkt_4' }, 'TICKET_CLOSED', /closed.*Open a new ticket/],
      [{ direction: 'INTERNAL', agentId: 'agt_1', ticketId: 'tkt_9999' }, 'NOT_FOUND', /No ticket/],
      [{ direction: 'INTERNAL', agentId: 'agt_1', ticketId: 'T-1' }, 'INVALID_IDENTIFIER', /tkt_<number>/],
    ])('rejects %j with %s', async (input, code, text) => {
      const { error } = await message(h, { ticketId: 'tkt_2', body: 'Note', ...input });
      expect(error?.code).toBe(code);
      expect(error?.message).toMatch(text);
    });
  });

  describe('assignTicket', () => {
    it('assigns (or lets an agent take) a ticket to an agent of the owning team', async () => {
      const { ticket } = await mutate(h, 'assignTicket', 'ticketId: "tkt_2", agentId: "agt_4"');
      expect(ticket?.assignee).toEqual({ id: 'agt_4' });
      expect(ticket?.history.at(-1)).toMatchObject({ kind: 'ASSIGNED', actor: 'agt_4' });
      const again = await mutate(h, 'assignTicket', 'ticketId: "tkt_2", agentId: "agt_4"');
      expect(again.ticket?.history.length).toBe(ticket?.history.length);
    });

    it('refuses an agent of another team, and says whom to pick', async () => {
      const { error } = await mutate(h, 'assignTicket', 'ticketId: "tkt_2", agentId: "agt_3"');
      expect(error).toEqual({
        code: 'AGENT_NOT_IN_TEAM',
        message: expect.stringMatching(
          /agt_3 belongs to Billing, not to Customer care.*Pick an agent of Customer care/,
        ),
      });
    });

    it('refuses a resolved ticket', async () => {
      const { error } = await mutate(h, 'assignTicket', 'ticketId: "tkt_1", agentId: "agt_2"');
      expect(error?.code).toBe('INVALID_TRANSITION');
    });
  });

  describe('transferTicket', () => {
    it('moves the ticket with its conversation, records the hand-off and clears the assignee', async () => {
      const before = await readTicket(h, 'tkt_2');
      const { ticket } = await mutate(
        h,
        'transferTicket',
        'ticketId: "tkt_2", toTeam: "billing", reason: "double charge", agentId: "agt_4"',
      );
      expect(ticket).toMatchObject({ id: 'tkt_2', team: { code: 'billing' }, assignee: null });
      expect(ticket?.messages.totalCount).toBe(before.messages.totalCount);
      expect(ticket?.handoffs.at(-1)).toMatchObject({
        kind: 'TRANSFER',
        fromTeam: { code: 'customer_care' },
        toTeam: { code: 'billing' },
        reason: 'double charge',
      });
      expect(ticket?.history.at(-1)).toMatchObject({
        kind: 'TRANSFERRED',
        team: { code: 'billing' },
        details: 'Transferred from Customer care to Billing by Chris Adler: double charge',
      });
    });

    it.each([
      ['toTeam: "billing", reason: "again"', 'SAME_TEAM', /already owned by Billing.*Choose another team/],
      ['toTeam: "returns", reason: "  "', 'BAD_USER_INPUT', /reason must not be empty/],
      ['toTeam: "nowhere", reason: "x"', 'NOT_FOUND', /No team/],
      ['toTeam: "Billing!", reason: "x"', 'INVALID_IDENTIFIER', /team code/],
    ])('rejects %s with %s', async (args, code, text) => {
      const { error } = await mutate(h, 'transferTicket', `ticketId: "tkt_2", ${args}, agentId: "agt_4"`);
      expect(error?.code).toBe(code);
      expect(error?.message).toMatch(text);
    });
  });

  describe('consultTeam and answerConsultation', () => {
    it('opens a side-thread without changing the owner, and the consulted team answers in it', async () => {
      const asked = await mutate(
        h,
        'consultTeam',
        'ticketId: "tkt_5", team: "billing", question: "Was it paid?", agentId: "agt_1"',
      );
      expect(asked.ticket).toMatchObject({ team: { code: 'customer_care' }, status: 'NEW' });
      expect(asked.ticket?.handoffs.at(-1)).toMatchObject({ kind: 'CONSULT', toTeam: { code: 'billing' } });
      expect(asked.ticket?.messages.edges.at(-1)?.node).toMatchObject({
        direction: 'INTERNAL',
        consultedTeam: { code: 'billing' },
      });
      const answered = await mutate(
        h,
        'answerConsultation',
        'ticketId: "tkt_5", team: "billing", body: "Yes, once.", agentId: "agt_3"',
      );
      expect(answered.ticket?.team.code).toBe('customer_care');
      expect(answered.ticket?.history.map((e) => e.kind).slice(-2)).toEqual(['CONSULTED', 'CONSULT_ANSWERED']);
      const twice = await mutate(
        h,
        'answerConsultation',
        'ticketId: "tkt_5", team: "billing", body: "Again.", agentId: "agt_3"',
      );
      expect(twice.error?.code).toBe('NO_OPEN_CONSULTATION');
      expect(twice.error?.message).toMatch(/Consult the team first with consultTeam/);
    });

    it('refuses to consult the owning team, and an answer from another team', async () => {
      const own = await mutate(
        h,
        'consultTeam',
        'ticketId: "tkt_5", team: "customer_care", question: "?", agentId: "agt_1"',
      );
      expect(own.error?.code).toBe('SAME_TEAM');
      const wrong = await mutate(
        h,
        'answerConsultation',
        'ticketId: "tkt_1", team: "billing", body: "x", agentId: "agt_1"',
      );
      expect(wrong.error?.code).toBe('AGENT_NOT_IN_TEAM');
      const never = await mutate(
        h,
        'answerConsultation',
        'ticketId: "tkt_5", team: "logistics_desk", body: "x", agentId: "agt_2"',
      );
      expect(never.error?.code).toBe('NO_OPEN_CONSULTATION');
    });
  });

  describe('resolveTicket and reopenTicket', () => {
    it('resolves with a code, refuses to resolve twice, reopens, and a customer reply reopens too', async () => {
      const resolved = await mutate(
        h,
        'resolveTicket',
        'ticketId: "tkt_5", resolutionCode: REFUNDED, agentId: "agt_1"',
      );
      expect(resolved.ticket).toMatchObject({
        status: 'RESOLVED',
        resolutionCode: 'REFUNDED',
        resolvedAt: NOW.toISOString(),
      });
      const twice = await mutate(h, 'resolveTicket', 'ticketId: "tkt_5", resolutionCode: ANSWERED, agentId: "agt_1"');
      expect(twice.error?.code).toBe('INVALID_TRANSITION');
      expect(twice.error?.message).toMatch(/Reopen it first/);

      const reopened = await mutate(h, 'reopenTicket', 'ticketId: "tkt_5", reason: "refund not received"');
      expect(reopened.ticket).toMatchObject({ status: 'OPEN', reopenCount: 1, resolutionCode: null, resolvedAt: null });
      expect(reopened.ticket?.history.at(-1)).toMatchObject({
        kind: 'REOPENED',
        actor: 'cus_2',
        fromStatus: 'RESOLVED',
      });
      const notResolved = await mutate(h, 'reopenTicket', 'ticketId: "tkt_5", reason: "again", agentId: "agt_1"');
      expect(notResolved.error?.code).toBe('INVALID_TRANSITION');

      await mutate(h, 'resolveTicket', 'ticketId: "tkt_5", resolutionCode: REFUNDED, agentId: "agt_1"');
      const reply = await message(h, {
        ticketId: 'tkt_5',
        direction: 'INBOUND',
        channel: 'SOCIAL',
        body: 'Still nothing!',
      });
      expect(reply.ticket).toMatchObject({ status: 'OPEN', reopenCount: 2 });
      expect(reply.ticket?.history.slice(-2).map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
        ['REOPENED', 'RESOLVED', 'OPEN'],
        ['MESSAGE_ADDED', 'OPEN', 'OPEN'],
      ]);
    });

    it('accepts nothing on a closed ticket', async () => {
      for (const [field, args] of [
        ['resolveTicket', 'ticketId: "tkt_4", resolutionCode: ANSWERED, agentId: "agt_1"'],
        ['reopenTicket', 'ticketId: "tkt_4", reason: "x"'],
        ['transferTicket', 'ticketId: "tkt_4", toTeam: "billing", reason: "x", agentId: "agt_1"'],
        ['assignTicket', 'ticketId: "tkt_4", agentId: "agt_1"'],
        ['consultTeam', 'ticketId: "tkt_4", team: "billing", question: "x", agentId: "agt_1"'],
      ] as const) {
        expect((await mutate(h, field, args)).error?.code).toBe('TICKET_CLOSED');
      }
    });
  });
});
