import type { ChangeInput } from '../../../platform/changeEvents';
import type { RequestInvalidation } from '../../../platform/changeEvents';
import { Kind, parse } from 'graphql';
import type { FieldDefinitionNode, ObjectTypeDefinitionNode, ObjectTypeExtensionNode } from 'graphql';
import { createSubgraphServer } from '../../../subgraphs/shared';
import type { Db } from '../../../subgraphs/shared';
import { createTicketsContext } from '../../../subgraphs/tickets/context';
import { ticketsModule } from '../../../subgraphs/tickets/module';
import { QUEUE_WINDOWS, refreshQueue, scanSlaDeadlines, startTicketClock } from '../../../subgraphs/tickets/jobs';
import { advanceSequences } from '../../../stack/seed/advanceSequences';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINES, openTestDatabases } from '../../support/testDatabases';
import type { TestDatabases } from '../../support/testDatabases';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);
const plus = (date: Date, minutes: number) => new Date(date.getTime() + minutes * MINUTE);

const AGENTS = `
INSERT INTO tickets.agents (id, name, team_code) VALUES
  ('agt_1', 'Anna Berg', 'customer_care'), ('agt_2', 'Lars Vogel', 'logistics_desk'), ('agt_3', 'Bea Roth', 'billing');
INSERT INTO tickets.customer_refs (customer_id) VALUES ('cus_1'), ('cus_2');`;

/** One open (or resolved) ticket row; times are ISO strings. */
function ticketSql(t: {
  n: number;
  status?: string;
  team?: string;
  assignee?: string | null;
  created: string;
  firstResponseDue: string;
  slaDue: string;
}): string {
  const status = t.status ?? 'OPEN';
  const resolved = status === 'RESOLVED' ? `'${t.slaDue}'` : 'NULL';
  const assignee = t.assignee === undefined ? `'agt_1'` : t.assignee === null ? 'NULL' : `'${t.assignee}'`;
  return `INSERT INTO tickets.tickets (id, number, customer_id, subject, category, channel, priority, status, team_code,
    assignee_id, created_at, first_response_due_at, sla_due_at, resolved_at) VALUES
    ('tkt_${t.n}', 'T-${100000 + t.n}', 'cus_1', 'Question ${t.n}', 'OTHER', 'EMAIL', 'NORMAL', '${status}',
     '${t.team ?? 'customer_care'}', ${assignee}, '${t.created}', '${t.firstResponseDue}', '${t.slaDue}', ${resolved});`;
}

function outboundSql(id: string, ticket: string, sentAt: string): string {
  return `INSERT INTO tickets.messages (id, ticket_id, channel, direction, author, agent_id, body, sent_at) VALUES
    ('${id}', '${ticket}', 'EMAIL', 'OUTBOUND', 'Anna Berg', 'agt_1', 'On it', '${sentAt}');`;
}

interface Alert {
  ticket: string;
  deadline: unknown;
  stage: unknown;
  dueAt: unknown;
}

function alerts(changes: readonly ChangeInput[]): Alert[] {
  return changes.map((change) => {
    expect(change.kind).toBe('SLA_DEADLINE');
    return {
      ticket: change.entities[0]?.keys['id'] ?? '',
      deadline: change.facts?.['deadline'],
      stage: change.facts?.['stage'],
      dueAt: change.facts?.['dueAt'],
    };
  });
}

describe('the tickets clock: SLA_SCAN_INTERVAL_MS', () => {
  it('defaults to 15 s, and names the fix for a value below 100 ms', () => {
    expect(ticketsModule.jobVariables?.({})).toEqual([]);
    const issues = ticketsModule.jobVariables?.({ SLA_SCAN_INTERVAL_MS: '50' }) ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ variable: 'SLA_SCAN_INTERVAL_MS', problem: 'must be at least 100' });
    expect(issues[0]?.fix).toMatch(/from 100 to 3600000, or unset it for 15000/);
  });

  it('watches the queue with the default windows of Query.unattendedTickets', () => {
    const sdl = parse(readFileSync(join(__dirname, '../../../schema/tickets.graphql'), 'utf8'));
    // Query is declared in parts (`type Query` and `extend type Query`)
    const field = sdl.definitions
      .filter(
        (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
          (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Query',
      )
      .flatMap((d) => d.fields ?? [])
      .find((f: FieldDefinitionNode) => f.name.value === 'unattendedTickets');
    expect(field).toBeDefined();
    const defaults = Object.fromEntries(
      (field?.arguments ?? []).map((arg) => [
        arg.name.value,
        arg.defaultValue?.kind === 'IntValue' ? Number(arg.defaultValue.value) : undefined,
      ]),
    );
    expect(QUEUE_WINDOWS).toEqual({
      dueWithinMinutes: defaults['dueWithinMinutes'],
      consultWaitingMinutes: defaults['consultWaitingMinutes'],
    });
  });
});

describe.each(ENGINES)('the tickets clock on %s', (engine) => {
  let databases: TestDatabases;
  let db: Db;
  beforeAll(async () => {
    databases = await openTestDatabases(engine);
    db = databases.dbs.tickets;
    await db.exec(AGENTS);
  });
  afterAll(() => databases?.close());

  describe('SLA alerts', () => {
    // each test lives on a day of its own, so the other tests' tickets are beyond the lookback of its scans
    it('fires each stage of a first response once as the clock crosses it, the breach (stage 0) last', async () => {
      await db.exec(
        [
          // opened 10:00, first response due 14:00: every stage from 240 minutes before lies after its opening
          ticketSql({
            n: 1,
            created: '2026-01-05T10:00Z',
            firstResponseDue: '2026-01-05T14:00Z',
            slaDue: '2026-01-07T10:00Z',
          }),
          // the same, but answered at 13:32
          ticketSql({
            n: 2,
            created: '2026-01-05T10:00Z',
            firstResponseDue: '2026-01-05T14:00Z',
            slaDue: '2026-01-07T10:00Z',
          }),
          // resolved: never alerts, though both its due times pass during the test
          ticketSql({
            n: 3,
            status: 'RESOLVED',
            created: '2026-01-05T09:00Z',
            firstResponseDue: '2026-01-05T12:00Z',
            slaDue: '2026-01-05T13:00Z',
          }),
          // breached at 08:00, long before the first scan at 10:00 (more than the 60-minute lookback)
          ticketSql({
            n: 4,
            created: '2026-01-04T08:00Z',
            firstResponseDue: '2026-01-04T09:00Z',
            slaDue: '2026-01-05T08:00Z',
          }),
        ].join('\n'),
      );
      const fired: ChangeInput[] = [];
      const announce = async (change: ChangeInput) => void fired.push(change);
      const scanAt = async (now: Date) => scanSlaDeadlines(db, now, announce);

      let now = at('2026-01-05T10:00Z');
      for (; now <= at('2026-01-05T13:30Z'); now = plus(now, 5)) await scanAt(now);
      // at due time - 30 minutes: the stages 240 … 30, each once, of both unanswered tickets
      const dueAt = '2026-01-05T14:00:00.000Z';
      const upTo30 = [240, 120, 60, 30].flatMap((stage) =>
        ['tkt_1', 'tkt_2'].map((ticket) => ({ ticket, deadline: 'FIRST_RESPONSE', stage, dueAt })),
      );
      expect(alerts(fired)).toEqual(upTo30);

      await db.exec(outboundSql('msg_2', 'tkt_2', '2026-01-05T13:32Z'));
      for (; now <= at('2026-01-05T14:30Z'); now = plus(now, 5)) await scanAt(now);
      expect(alerts(fired)).toEqual([
        ...upTo30,
        ...[15, 5, 0].map((stage) => ({ ticket: 'tkt_1', deadline: 'FIRST_RESPONSE', stage, dueAt })),
      ]);
      expect(fired[0]).toEqual({
        kind: 'SLA_DEADLINE',
        entities: [
          { typename: 'Ticket', keys: { id: 'tkt_1', number: 'T-100001' } },
          { typename: 'Customer', keys: { id: 'cus_1' } },
        ],
        facts: { team: 'customer_care', deadline: 'FIRST_RESPONSE', dueAt, stage: 240 },
      });
      // scanning the same moments again fires nothing: every alert is claimed
      expect(await scanAt(at('2026-01-05T14:00Z'))).toEqual([]);
    });

    it('catches up the stages a stopped clock missed within the lookback, and skips those before the opening', async () => {
      await db.exec(
        [
          // resolution due 18:00; the clock was stopped until 17:40
          ticketSql({
            n: 11,
            created: '2026-02-05T09:00Z',
            firstResponseDue: '2026-02-05T09:30Z',
            slaDue: '2026-02-05T18:00Z',
          }),
          outboundSql('msg_11', 'tkt_11', '2026-02-05T09:10Z'),
          // opened 17:35 with a 20-minute first response: no "240 … 30 minutes left" alerts for it
          ticketSql({
            n: 12,
            created: '2026-02-05T17:35Z',
            firstResponseDue: '2026-02-05T17:55Z',
            slaDue: '2026-02-06T17:35Z',
          }),
        ].join('\n'),
      );
      const fired: ChangeInput[] = [];
      await scanSlaDeadlines(db, at('2026-02-05T17:40Z'), async (change) => void fired.push(change));
      expect(alerts(fired)).toEqual([
        // moments 17:00 (stage 60) and 17:30 (stage 30) are within the hour before 17:40; 14:00 and 16:00 are not
        { ticket: 'tkt_11', deadline: 'RESOLUTION', stage: 60, dueAt: '2026-02-05T18:00:00.000Z' },
        { ticket: 'tkt_11', deadline: 'RESOLUTION', stage: 30, dueAt: '2026-02-05T18:00:00.000Z' },
        { ticket: 'tkt_12', deadline: 'FIRST_RESPONSE', stage: 15, dueAt: '2026-02-05T17:55:00.000Z' },
      ]);
    });

    it('rolls the claim back when an announcement fails, so the next scan fires the alert again', async () => {
      await db.exec(
        ticketSql({
          n: 21,
          created: '2026-03-05T09:00Z',
          firstResponseDue: '2026-03-05T10:00Z',
          slaDue: '2026-03-07T09:00Z',
        }),
      );
      const now = at('2026-03-05T10:00Z');
      await expect(
        scanSlaDeadlines(db, now, async () => {
          throw new Error('feed down');
        }),
      ).rejects.toThrow('feed down');
      const fired: ChangeInput[] = [];
      await scanSlaDeadlines(db, now, async (change) => void fired.push(change));
      // due 10:00, scanned at 10:00: the moments after 09:00 (the lookback's start)
      expect(alerts(fired).map(({ stage }) => stage)).toEqual([30, 15, 5, 0]);
    });
  });

  describe('team queues', () => {
    const events: ChangeInput[] = [];
    const clock = { now: at('2026-04-05T12:00Z') };
    let server: ReturnType<typeof createSubgraphServer<ReturnType<typeof createTicketsContext>>>;
    const announce = async (change: ChangeInput) => void events.push(change);
    const queueEvents = () =>
      events
        .splice(0)
        .filter((change) => change.kind === 'TEAM_QUEUE_CHANGED')
        .map((change) => ({
          ticket: change.entities[0]?.keys['id'],
          team: change.facts?.['team'],
          change: change.facts?.['change'],
          reasons: change.facts?.['reasons'],
        }));

    const invalidation: RequestInvalidation = {
      tags: new Set(),
      invalidate: async () => undefined,
      announce,
    };
    async function mutate(mutation: string): Promise<void> {
      const response = await server.executeOperation(
        { query: `mutation { ${mutation} { id } }` },
        { contextValue: { ...createTicketsContext(db, { now: () => clock.now }), invalidation } },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
    }
    const refreshAll = () => refreshQueue(db, clock.now, 'all', announce);

    beforeAll(async () => {
      server = createSubgraphServer(ticketsModule, db);
      await server.start();
      // tickets the queue has before the clock first looks: the baseline, announced to nobody
      await db.exec(
        [
          // unassigned since 11:00 (earlier tests' tickets are unattended too: breached long ago)
          ticketSql({
            n: 31,
            assignee: null,
            created: '2026-04-05T11:00Z',
            firstResponseDue: '2026-04-06T11:00Z',
            slaDue: '2026-04-09T11:00Z',
          }),
          // taken and answered, resolution due 18:30
          ticketSql({
            n: 32,
            created: '2026-04-05T11:00Z',
            firstResponseDue: '2026-04-05T12:00Z',
            slaDue: '2026-04-05T18:30Z',
          }),
          outboundSql('msg_32', 'tkt_32', '2026-04-05T11:05Z'),
        ].join('\n'),
      );
      await advanceSequences(db);
    });
    afterAll(() => server?.stop());

    it('fills the queue silently on its first refresh, then announces only what changes', async () => {
      expect(await refreshAll()).toEqual([]);
      const stored = await db.query<{ ticket_id: string; reasons: string[] }>(
        `SELECT ticket_id, reasons FROM tickets.queue_state WHERE ticket_id = 'tkt_31'`,
      );
      expect(stored).toEqual([{ ticket_id: 'tkt_31', reasons: ['UNASSIGNED'] }]);
      clock.now = at('2026-04-05T12:01Z');
      expect(await refreshAll()).toEqual([]);
    });

    it('announces a new unassigned ticket ENTERED, and LEFT once an agent takes it', async () => {
      await db.exec(
        ticketSql({
          n: 33,
          assignee: null,
          created: '2026-04-05T12:02Z',
          firstResponseDue: '2026-04-05T16:00Z',
          slaDue: '2026-04-08T12:00Z',
        }),
      );
      clock.now = at('2026-04-05T12:03Z');
      await refreshAll();
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_33', team: 'customer_care', change: 'ENTERED', reasons: ['UNASSIGNED'] },
      ]);
      clock.now = at('2026-04-05T12:05Z');
      await mutate(`assignTicket(ticketId: "tkt_33", agentId: "agt_1")`);
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_33', team: 'customer_care', change: 'LEFT', reasons: ['UNASSIGNED'] },
      ]);
      await refreshAll();
      expect(queueEvents()).toEqual([]);
    });

    it('lets time make a ticket ENTER with NO_FIRST_RESPONSE, and LEFT once it is answered', async () => {
      clock.now = at('2026-04-05T15:59Z');
      await refreshAll();
      expect(queueEvents()).toEqual([]);
      clock.now = at('2026-04-05T16:01Z');
      await refreshAll();
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_33', team: 'customer_care', change: 'ENTERED', reasons: ['NO_FIRST_RESPONSE'] },
      ]);
      await mutate(
        `addMessage(input: { ticketId: "tkt_33", direction: OUTBOUND, channel: EMAIL, body: "On it", agentId: "agt_1" })`,
      );
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_33', team: 'customer_care', change: 'LEFT', reasons: ['NO_FIRST_RESPONSE'] },
      ]);
    });

    it('announces a transfer as LEFT for the old team and ENTERED for the new one', async () => {
      await mutate(`transferTicket(ticketId: "tkt_31", toTeam: "billing", reason: "refund", agentId: "agt_1")`);
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_31', team: 'customer_care', change: 'LEFT', reasons: ['UNASSIGNED'] },
        { ticket: 'tkt_31', team: 'billing', change: 'ENTERED', reasons: ['UNASSIGNED'] },
      ]);
    });

    it('announces REASONS_CHANGED as a due time nears and passes, and LEFT when the ticket is resolved', async () => {
      clock.now = at('2026-04-05T17:31Z');
      await refreshAll();
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_32', team: 'customer_care', change: 'ENTERED', reasons: ['SLA_AT_RISK'] },
      ]);
      clock.now = at('2026-04-05T18:31Z');
      await refreshAll();
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_32', team: 'customer_care', change: 'REASONS_CHANGED', reasons: ['SLA_BREACHED'] },
      ]);
      await mutate(`resolveTicket(ticketId: "tkt_32", resolutionCode: ANSWERED, agentId: "agt_1")`);
      expect(queueEvents()).toEqual([
        { ticket: 'tkt_32', team: 'customer_care', change: 'LEFT', reasons: ['SLA_BREACHED'] },
      ]);
    });

    it('keeps reasons in UnattendedReason order and names the ticket by both keys and its customer', async () => {
      await mutate(`assignTicket(ticketId: "tkt_31", agentId: "agt_3")`);
      events.splice(0);
      // unassigned again, and unanswered past its first-response time: two reasons
      await db.exec(`UPDATE tickets.tickets SET assignee_id = NULL WHERE id = 'tkt_31'`);
      clock.now = at('2026-04-06T11:01Z');
      const changes = await refreshAll();
      expect(changes.filter((change) => change.entities[0]?.keys['id'] === 'tkt_31')).toEqual([
        {
          kind: 'TEAM_QUEUE_CHANGED',
          entities: [
            { typename: 'Ticket', keys: { id: 'tkt_31', number: 'T-100031' } },
            { typename: 'Customer', keys: { id: 'cus_1' } },
          ],
          facts: { team: 'billing', change: 'ENTERED', reasons: ['UNASSIGNED', 'NO_FIRST_RESPONSE'] },
        },
      ]);
    });
  });

  describe('startTicketClock', () => {
    it('runs both scans each tick, survives a failed scan and stops after the tick in progress', async () => {
      const errors: unknown[] = [];
      let failNext = true;
      const seen: ChangeInput[] = [];
      await db.exec(
        ticketSql({
          n: 41,
          created: '2026-05-05T09:00Z',
          firstResponseDue: '2026-05-05T10:00Z',
          slaDue: '2026-05-07T09:00Z',
        }),
      );
      const clock = startTicketClock({
        db,
        announce: async (change) => {
          if (failNext) {
            failNext = false;
            throw new Error('feed down');
          }
          seen.push(change);
        },
        intervalMs: 3_600_000,
        now: () => at('2026-05-05T10:00Z'),
        log: { error: (object: unknown) => void errors.push(object) },
      });
      await clock.tick();
      expect(errors).toHaveLength(1);
      await clock.tick();
      expect(alerts(seen.filter((change) => change.kind === 'SLA_DEADLINE')).map(({ stage }) => stage)).toEqual([
        30, 15, 5, 0,
      ]);
      // the queue scan ran too: tkt_41 is unanswered past its first-response time
      expect(seen.some((change) => change.kind === 'TEAM_QUEUE_CHANGED')).toBe(true);
      const pending = clock.tick();
      await clock.stop();
      await expect(pending).resolves.toBeUndefined();
    });
  });
});
