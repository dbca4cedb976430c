import type { ChangeInput } from '../../platform/changeEvents';
import { openSubgraphDatabases } from '../../subgraphs/shared';
import type { Db, SubgraphDatabases } from '../../subgraphs/shared';
import { startTicketClock } from '../../subgraphs/tickets/jobs';
import type { TicketClock } from '../../subgraphs/tickets/jobs';
import { createScratchDatabase } from '../support/postgres';

const MINUTE = 60_000;
const T0 = new Date('2026-06-01T08:00:00.000Z');
const TICKETS = 60;
const STEPS = 90;

/**
 * 60 open tickets whose first-response and resolution deadlines fall every few minutes over the run; a third
 * unassigned, and some already unattended before the clocks first look (the baseline).
 */
const FIXTURE = `
INSERT INTO tickets.agents (id, name, team_code) VALUES ('agt_1', 'Anna Berg', 'customer_care');
INSERT INTO tickets.tickets (id, number, customer_id, subject, category, channel, priority, status, team_code,
  assignee_id, created_at, first_response_due_at, sla_due_at)
SELECT 'tkt_' || n, 'T-' || (100000 + n), 'cus_' || (n % 7 + 1), 'Question ' || n, 'OTHER', 'EMAIL', 'NORMAL', 'OPEN',
       CASE WHEN n % 2 = 0 THEN 'customer_care' ELSE 'billing' END,
       CASE WHEN n % 3 = 0 THEN NULL ELSE 'agt_1' END,
       timestamptz '${T0.toISOString()}' - interval '5 hours',
       timestamptz '${T0.toISOString()}' + (n * 3 - 20) * interval '1 minute',
       timestamptz '${T0.toISOString()}' + (60 + n * 5) * interval '1 minute'
  FROM generate_series(1, ${TICKETS}) AS n;`;

interface QueueEvent {
  ticket: string;
  team: string;
  change: string;
  reasons: string;
}

/**
 * Two replicas of the tickets subgraph (two pools on one PostgreSQL database) run the clock at the same moments,
 * many times over, while the deadlines pass and some tickets get answered: every SLA alert and every queue change
 * is announced once between them.
 */
describe('The tickets clock on two replicas of one PostgreSQL database', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const replicas: SubgraphDatabases<'tickets'>[] = [];
  const clocks: TicketClock[] = [];
  // in the order announced, whichever replica announced: a queue refresh announces under its lock, so in this order
  const announced: { replica: number; change: ChangeInput }[] = [];
  let now = T0;
  let db: Db;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    for (let i = 0; i < 2; i++) {
      const opened = await openSubgraphDatabases({
        names: ['tickets'],
        databaseUrls: { tickets: scratch.url },
        poolSize: 4,
      });
      replicas.push(opened);
      clocks.push(
        startTicketClock({
          db: opened.dbs.tickets,
          announce: async (change) => void announced.push({ replica: i, change }),
          // ticked by hand below
          intervalMs: 3_600_000,
          now: () => now,
        }),
      );
    }
    db = replicas[0]!.dbs.tickets;
    await db.exec(FIXTURE);
  });

  afterAll(async () => {
    for (const clock of clocks) await clock.stop();
    for (const replica of replicas) await replica.close();
    await scratch?.drop();
  });

  it('announces each SLA alert and each team-queue change once between them', async () => {
    const tickBoth = () => Promise.all(clocks.map((clock) => clock.tick()));
    const all = () => announced.map(({ change }) => change);

    // the first ticks take the queue's baseline: the tickets already unattended are not announced
    await tickBoth();
    expect(all().filter((change) => change.kind === 'TEAM_QUEUE_CHANGED')).toEqual([]);
    const baseline = await db.query<{ ticketId: string; team: string; reasons: string[] }>(
      `SELECT ticket_id AS "ticketId", team_code AS team, reasons FROM tickets.queue_state`,
    );
    expect(baseline.length).toBeGreaterThan(0);
    const queue = new Map(baseline.map((row) => [row.ticketId, { team: row.team, reasons: row.reasons.join(',') }]));
    const queueEventsBefore = all().length;

    for (let step = 1; step <= STEPS; step++) {
      now = new Date(T0.getTime() + step * 5 * MINUTE);
      // every fifth ticket is answered within the 20 minutes before its first response falls due (from T0 + 20 min:
      // tkt_5 and tkt_10 are due before and stay unanswered)
      if (step % 4 === 0) {
        await db.query(
          `INSERT INTO tickets.messages (id, ticket_id, channel, direction, author, agent_id, body, sent_at)
           SELECT 'msg_' || t.id || '_' || $2::int, t.id, 'EMAIL', 'OUTBOUND', 'Anna Berg', 'agt_1', 'On it', $1::timestamptz
             FROM tickets.tickets t
            WHERE t.first_response_due_at > $1::timestamptz
              AND t.first_response_due_at <= $1::timestamptz + interval '20 minutes'
              AND substr(t.id, 5)::int % 5 = 0
              AND NOT EXISTS (SELECT 1 FROM tickets.messages m WHERE m.ticket_id = t.id)`,
          [now, step],
        );
      }
      await tickBoth();
    }

    // SLA alerts: none twice, and exactly the claims recorded
    const alerts = all()
      .filter((change) => change.kind === 'SLA_DEADLINE')
      .map((change) =>
        [
          change.entities[0]?.keys['id'],
          change.facts?.['deadline'],
          change.facts?.['stage'],
          change.facts?.['dueAt'],
        ].join('|'),
      );
    const claimed = await db.query<{ key: string }>(
      `SELECT ticket_id || '|' || deadline || '|' || stage || '|' ||
              to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS key
         FROM tickets.sla_alerts`,
    );
    expect(new Set(alerts).size).toBe(alerts.length);
    expect([...alerts].sort()).toEqual(claimed.map((row) => row.key).sort());
    // every ticket not answered in time breached its first response during the run (all due by T0 + 160 min)
    const breached = alerts.filter((key) => key.includes('|FIRST_RESPONSE|0|')).length;
    expect(breached).toBe(TICKETS - 10);

    // team queue: replaying the events from the baseline must be valid at each step and end at the stored state
    const events: QueueEvent[] = all()
      .slice(queueEventsBefore)
      .filter((change) => change.kind === 'TEAM_QUEUE_CHANGED')
      .map((change) => ({
        ticket: change.entities[0]?.keys['id'] ?? '',
        team: String(change.facts?.['team']),
        change: String(change.facts?.['change']),
        reasons: (change.facts?.['reasons'] as string[]).join(','),
      }));
    expect(events.length).toBeGreaterThan(TICKETS);
    const problems: string[] = [];
    for (const event of events) {
      const before = queue.get(event.ticket);
      if (event.change === 'ENTERED') {
        if (before) problems.push(`${event.ticket} entered twice`);
        queue.set(event.ticket, { team: event.team, reasons: event.reasons });
      } else if (event.change === 'LEFT') {
        if (before?.team !== event.team) problems.push(`${event.ticket} left ${event.team} without being there`);
        queue.delete(event.ticket);
      } else {
        if (!before || before.reasons === event.reasons) problems.push(`${event.ticket} reasons unchanged`);
        queue.set(event.ticket, { team: event.team, reasons: event.reasons });
      }
    }
    expect(problems).toEqual([]);
    const stored = await db.query<{ ticketId: string; team: string; reasons: string[] }>(
      `SELECT ticket_id AS "ticketId", team_code AS team, reasons FROM tickets.queue_state`,
    );
    expect(new Map(stored.map((row) => [row.ticketId, { team: row.team, reasons: row.reasons.join(',') }]))).toEqual(
      queue,
    );
  });
});
