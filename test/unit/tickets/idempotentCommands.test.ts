import type { Caller } from '../../../platform/caller';
import { ENGINES } from '../../support/testDatabases';
import { mutate, openLifecycleHarness } from './lifecycleHarness';
import type { TicketView } from './lifecycleHarness';
import type { TicketsHarness } from './ticketsHarness';

const SCOPES: Caller['scopes'] = ['graph:read', 'pii:read', 'tickets:write'];
const ALICE: Caller = { userId: 'sup_alice', role: 'supervisor', scopes: SCOPES };
const BOB: Caller = { userId: 'sup_bob', role: 'supervisor', scopes: SCOPES };

interface CommandCase {
  field: string;
  /** Brings a fresh customer-care ticket (agt_1, agt_4 customer care; agt_3 billing; agt_2 logistics desk) to where the command applies. */
  setup?: (h: TicketsHarness, ticketId: string) => Promise<void>;
  /** The request (its arguments, without the key). */
  args: (ticketId: string) => string;
  /** Another request for the same ticket, sent with the same key. */
  other: (ticketId: string) => string;
  /** What another caller's `other` with the same key gets: its own answer (`undefined`: success, or its own error). */
  otherCode: string | undefined;
}

const consult = (team: string, agent: string) => async (h: TicketsHarness, ticketId: string) => {
  const { error } = await mutate(
    h,
    'consultTeam',
    `ticketId: "${ticketId}", team: "${team}", question: "Can you check?", agentId: "${agent}"`,
  );
  expect(error).toBeUndefined();
};

const CASES: CommandCase[] = [
  {
    field: 'addMessage',
    args: (id) => `input: { ticketId: "${id}", direction: INTERNAL, body: "Checked the carrier.", agentId: "agt_1" }`,
    other: (id) => `input: { ticketId: "${id}", direction: INTERNAL, body: "Another note.", agentId: "agt_1" }`,
    otherCode: undefined,
  },
  {
    field: 'assignTicket',
    args: (id) => `ticketId: "${id}", agentId: "agt_1"`,
    other: (id) => `ticketId: "${id}", agentId: "agt_4"`,
    otherCode: undefined,
  },
  {
    field: 'transferTicket',
    args: (id) => `ticketId: "${id}", toTeam: "billing", reason: "refund question", agentId: "agt_1"`,
    other: (id) => `ticketId: "${id}", toTeam: "logistics_desk", reason: "parcel question", agentId: "agt_1"`,
    otherCode: undefined,
  },
  {
    field: 'consultTeam',
    args: (id) => `ticketId: "${id}", team: "billing", question: "Was it paid?", agentId: "agt_1"`,
    other: (id) => `ticketId: "${id}", team: "logistics_desk", question: "Where is it?", agentId: "agt_1"`,
    otherCode: undefined,
  },
  {
    field: 'answerConsultation',
    setup: async (h, id) => {
      await consult('billing', 'agt_1')(h, id);
      await consult('logistics_desk', 'agt_1')(h, id);
    },
    args: (id) => `ticketId: "${id}", team: "billing", body: "Paid once.", agentId: "agt_3"`,
    other: (id) => `ticketId: "${id}", team: "logistics_desk", body: "In Leipzig.", agentId: "agt_2"`,
    otherCode: undefined,
  },
  {
    field: 'resolveTicket',
    args: (id) => `ticketId: "${id}", resolutionCode: ANSWERED, agentId: "agt_1"`,
    other: (id) => `ticketId: "${id}", resolutionCode: REFUNDED, agentId: "agt_1"`,
    // resolved already: Bob's request runs, and fails on its own
    otherCode: 'INVALID_TRANSITION',
  },
  {
    field: 'reopenTicket',
    setup: async (h, id) => {
      const { error } = await mutate(
        h,
        'resolveTicket',
        `ticketId: "${id}", resolutionCode: ANSWERED, agentId: "agt_1"`,
      );
      expect(error).toBeUndefined();
    },
    args: (id) => `ticketId: "${id}", reason: "not received", agentId: "agt_1"`,
    other: (id) => `ticketId: "${id}", reason: "still broken", agentId: "agt_4"`,
    otherCode: 'INVALID_TRANSITION',
  },
];

/** `args` with the key added: inside `input: { … }` for addMessage, as an argument for the others. */
function withKey(args: string, key: string): string {
  return args.startsWith('input: {')
    ? args.replace(/\}$/, `, idempotencyKey: "${key}" }`)
    : `${args}, idempotencyKey: "${key}"`;
}

describe.each(ENGINES)('Idempotency keys of every ticket command on %s', (engine) => {
  let h: TicketsHarness;
  let keys = 0;
  beforeAll(async () => {
    h = await openLifecycleHarness(engine);
  });
  afterAll(() => h?.close());

  const newKey = () => `key-${engine}-${++keys}-${Date.now()}`;

  async function openCareTicket(caller: Caller | undefined, key = newKey()): Promise<TicketView> {
    const input = {
      customerId: 'cus_7',
      channel: 'CHAT',
      category: 'ACCOUNT',
      subject: 'Cannot log in',
      body: 'My password reset mail never came.',
      idempotencyKey: key,
    };
    const { ticket, error } = await mutate(
      h,
      'openTicket',
      'input: $input',
      { input },
      '($input: OpenTicketInput!)',
      caller,
    );
    expect(error).toBeUndefined();
    return ticket!;
  }

  /** Everything a command writes about a ticket, counted, and when the ticket row last changed. */
  async function writesOf(ticketId: string) {
    const [row] = await h.db.query(
      `SELECT (SELECT count(*)::int FROM tickets.messages WHERE ticket_id = $1) AS messages,
              (SELECT count(*)::int FROM tickets.handoffs WHERE ticket_id = $1) AS handoffs,
              (SELECT count(*)::int FROM tickets.ticket_events WHERE ticket_id = $1) AS events,
              (SELECT count(*)::int FROM tickets.idempotency_keys WHERE ticket_id = $1) AS keys,
              (SELECT updated_at FROM tickets.tickets WHERE id = $1) AS "updatedAt"`,
      [ticketId],
    );
    return row;
  }

  describe.each(CASES)('$field', ({ field, setup, args, other, otherCode }) => {
    it('answers a retry with the first answer and writes nothing twice', async () => {
      const { id } = await openCareTicket(ALICE);
      await setup?.(h, id);
      const key = newKey();
      const first = await mutate(h, field, withKey(args(id), key), {}, '', ALICE);
      expect(first.error).toBeUndefined();
      const written = await writesOf(id);
      const again = await mutate(h, field, withKey(args(id), key), {}, '', ALICE);
      expect(again).toEqual(first);
      expect(await writesOf(id)).toEqual(written);
      const [stored] = await h.db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM tickets.idempotency_keys WHERE caller = 'supervisor:sup_alice' AND key = $1`,
        [key],
      );
      expect(stored?.count).toBe(1);
    });

    it('refuses the same key with another request, and another caller with that key gets an answer of its own', async () => {
      const { id } = await openCareTicket(ALICE);
      await setup?.(h, id);
      const key = newKey();
      expect((await mutate(h, field, withKey(args(id), key), {}, '', ALICE)).error).toBeUndefined();
      const reused = await mutate(h, field, withKey(other(id), key), {}, '', ALICE);
      expect(reused.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(reused.error?.message).toContain(`was already used by you for ${field} on ticket`);
      const bob = await mutate(h, field, withKey(other(id), key), {}, '', BOB);
      expect(bob.error?.code).toBe(otherCode);
    });

    it('without a key behaves as before: every request is a change of its own', async () => {
      const { id } = await openCareTicket(ALICE);
      await setup?.(h, id);
      expect((await mutate(h, field, args(id), {}, '', ALICE)).error).toBeUndefined();
      const [keys] = await h.db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM tickets.idempotency_keys WHERE ticket_id = $1 AND command <> 'openTicket'`,
        [id],
      );
      expect(keys?.count).toBe(0);
    });
  });

  it('refuses one key for two different commands', async () => {
    const { id } = await openCareTicket(ALICE);
    const key = newKey();
    expect(
      (await mutate(h, 'assignTicket', withKey(`ticketId: "${id}", agentId: "agt_1"`, key), {}, '', ALICE)).error,
    ).toBeUndefined();
    const other = await mutate(
      h,
      'resolveTicket',
      withKey(`ticketId: "${id}", resolutionCode: ANSWERED, agentId: "agt_1"`, key),
      {},
      '',
      ALICE,
    );
    expect(other.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.error?.message).toMatch(/already used by you for assignTicket/);
  });

  it('checks the key: 8 to 200 characters, no control characters', async () => {
    const { id } = await openCareTicket(ALICE);
    for (const [key, message] of [
      ['short', /8 to 200 characters/],
      ['x'.repeat(201), /8 to 200 characters long \(got 201\)/],
      ['bad\u001bkey-0001', /must not contain control characters \(found U\+001B at position 3\)/],
    ] as const) {
      const { error } = await mutate(
        h,
        'assignTicket',
        `ticketId: "${id}", agentId: "agt_1", idempotencyKey: $key`,
        { key },
        '($key: String)',
        ALICE,
      );
      expect(error?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toMatch(message);
    }
  });

  describe('openTicket', () => {
    it("scopes keys to the caller: another caller's identical request with the same key opens a ticket of its own", async () => {
      const key = newKey();
      const alice = await openCareTicket(ALICE, key);
      const bob = await openCareTicket(BOB, key);
      const anonymous = await openCareTicket(undefined, key);
      expect(new Set([alice.id, bob.id, anonymous.id]).size).toBe(3);
      expect((await openCareTicket(ALICE, key)).id).toBe(alice.id);
      expect((await openCareTicket(BOB, key)).id).toBe(bob.id);
    });
  });
});
