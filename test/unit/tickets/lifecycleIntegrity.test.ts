import { ENGINES } from '../../support/testDatabases';
import type { TicketsHarness } from './ticketsHarness';
import { mutate, openLifecycleHarness, readTicket } from './lifecycleHarness';

async function snapshot(h: TicketsHarness, id: string) {
  const [counts] = await h.db.query(
    `SELECT (SELECT count(*)::int FROM tickets.ticket_events WHERE ticket_id = $1) AS events,
            (SELECT count(*)::int FROM tickets.handoffs WHERE ticket_id = $1) AS handoffs,
            (SELECT count(*)::int FROM tickets.messages WHERE ticket_id = $1) AS messages`,
    [id],
  );
  return { ticket: await readTicket(h, id), counts };
}

describe.each(ENGINES)('Ticket lifecycle transactions on %s', (engine) => {
  let h: TicketsHarness;
  beforeAll(async () => {
    h = await openLifecycleHarness(engine);
  });
  afterAll(() => h?.close());

  it('leaves neither state nor history changed when the history write fails after the state update', async () => {
    // the ticket row is updated first and the event written last: make that last write fail
    await h.db.exec(`ALTER TABLE tickets.ticket_events ADD CONSTRAINT test_no_transfer CHECK (kind <> 'TRANSFERRED')`);
    try {
      const before = await snapshot(h, 'tkt_2');
      const { error } = await mutate(
        h,
        'transferTicket',
        'ticketId: "tkt_2", toTeam: "billing", reason: "double charge", agentId: "agt_1"',
      );
      expect(error?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await snapshot(h, 'tkt_2')).toEqual(before);
    } finally {
      await h.db.exec('ALTER TABLE tickets.ticket_events DROP CONSTRAINT test_no_transfer');
    }
  });

  it('keeps history matching state through a whole lifecycle', async () => {
    const steps: [string, string][] = [
      ['assignTicket', 'ticketId: "tkt_2", agentId: "agt_1"'],
      ['consultTeam', 'ticketId: "tkt_2", team: "billing", question: "Paid twice?", agentId: "agt_1"'],
      ['answerConsultation', 'ticketId: "tkt_2", team: "billing", body: "Yes.", agentId: "agt_3"'],
      ['transferTicket', 'ticketId: "tkt_2", toTeam: "billing", reason: "refund", agentId: "agt_1"'],
      ['assignTicket', 'ticketId: "tkt_2", agentId: "agt_3"'],
      ['resolveTicket', 'ticketId: "tkt_2", resolutionCode: REFUNDED, agentId: "agt_3"'],
      ['reopenTicket', 'ticketId: "tkt_2", reason: "not received", agentId: "agt_3"'],
    ];
    for (const [field, args] of steps) expect((await mutate(h, field, args)).error).toBeUndefined();
    const ticket = await readTicket(h, 'tkt_2');
    expect(ticket.history.map((e) => e.kind)).toEqual([
      'ASSIGNED',
      'CONSULTED',
      'CONSULT_ANSWERED',
      'TRANSFERRED',
      'ASSIGNED',
      'RESOLVED',
      'REOPENED',
    ]);
    // each entry starts where the previous one ended, and the last one is the ticket as it is
    for (let i = 1; i < ticket.history.length; i++) {
      expect(ticket.history[i]!.fromStatus).toBe(ticket.history[i - 1]!.toStatus);
    }
    expect(ticket.history.at(-1)).toMatchObject({ toStatus: ticket.status, team: ticket.team });
    expect(ticket.reopenCount).toBe(1);
  });

  it('serializes concurrent changes to one ticket: one transfer wins, the other sees SAME_TEAM', async () => {
    const results = await Promise.all(
      [1, 2].map(() =>
        mutate(h, 'transferTicket', 'ticketId: "tkt_3", toTeam: "logistics_desk", reason: "parcel", agentId: "agt_4"'),
      ),
    );
    expect(results.map((r) => r.error?.code ?? 'ok').sort()).toEqual(['SAME_TEAM', 'ok']);
    const ticket = await readTicket(h, 'tkt_3');
    expect(ticket.handoffs.filter((x) => x.kind === 'TRANSFER')).toHaveLength(1);
  });
});
