import { checkIdentifier, notFound, trim } from '../../shared';
import type { Queryable } from '../../shared';
import type { TicketEventKind, TicketStatus } from '../__generated__/resolvers-types';
import type { AgentRow, TeamRow, TicketRow } from './rows';
import { TICKET_COLUMNS } from './ticketColumns';
import { ORDER_SKUS_OF, SHIPMENT_CARRIER_OF } from './ticketFactsStore';
import { lifecycleErrors } from '../commands/lifecycleErrors';

/**
 * The reads and writes the lifecycle commands share, all inside the command's transaction. Kept apart from the
 * batch repositories in ../data: those serve many reads at once, these serve one change.
 */

/**
 * Reads the ticket and locks its row until the transaction ends (`FOR UPDATE`), so two changes to one ticket
 * happen one after the other and each sees the other's result. NOT_FOUND for an unknown id, TICKET_CLOSED for a
 * closed ticket (nothing may change it).
 */
export async function lockTicket(tx: Queryable, ticketId: string): Promise<TicketRow> {
  const id = checkIdentifier('ticketId', 'ticketId', ticketId);
  const [ticket] = await tx.query<TicketRow>(
    `SELECT ${TICKET_COLUMNS} FROM tickets.tickets t WHERE t.id = $1 FOR UPDATE`,
    [id],
  );
  if (!ticket) throw notFound('ticket', 'id', id);
  if (ticket.status === 'CLOSED') throw lifecycleErrors.closed(ticket.number);
  return ticket;
}

export async function readTicket(tx: Queryable, ticketId: string): Promise<TicketRow> {
  const [ticket] = await tx.query<TicketRow>(`SELECT ${TICKET_COLUMNS} FROM tickets.tickets t WHERE t.id = $1`, [
    ticketId,
  ]);
  if (!ticket) throw notFound('ticket', 'id', ticketId);
  return ticket;
}

/** The agent, or NOT_FOUND / INVALID_IDENTIFIER naming `argumentName`. */
export async function findAgent(tx: Queryable, agentId: string, argumentName = 'agentId'): Promise<AgentRow> {
  const id = checkIdentifier('agentId', argumentName, agentId);
  const [agent] = await tx.query<AgentRow>(
    `SELECT id, name, team_code AS "teamCode" FROM tickets.agents WHERE id = $1`,
    [id],
  );
  if (!agent) throw notFound('agent', argumentName, id);
  return agent;
}

/** The team, or NOT_FOUND / INVALID_IDENTIFIER naming `argumentName`. */
export async function findTeam(tx: Queryable, code: string, argumentName: string): Promise<TeamRow> {
  const checked = checkIdentifier('teamCode', argumentName, code, trim);
  const [team] = await tx.query<TeamRow>(`SELECT code, name FROM tickets.teams WHERE code = $1`, [checked]);
  if (!team) throw notFound('team', argumentName, checked);
  return team;
}

export async function teamName(tx: Queryable, code: string): Promise<string> {
  const [team] = await tx.query<TeamRow>(`SELECT code, name FROM tickets.teams WHERE code = $1`, [code]);
  return team?.name ?? code;
}

/** Sets columns of the locked ticket (column names are ours, never the caller's) and returns the new row. */
export async function updateTicket(
  tx: Queryable,
  ticketId: string,
  changes: Record<string, unknown>,
  now: Date,
): Promise<TicketRow> {
  const columns = Object.keys(changes);
  const assignments = columns.map((column, i) => `${column} = $${i + 3}`);
  const [row] = await tx.query<TicketRow>(
    `UPDATE tickets.tickets t SET ${[...assignments, 'updated_at = $2'].join(', ')}
      WHERE t.id = $1 RETURNING ${TICKET_COLUMNS}`,
    [ticketId, now, ...columns.map((column) => changes[column])],
  );
  if (!row) throw notFound('ticket', 'id', ticketId);
  return row;
}

export interface NewMessage {
  ticketId: string;
  channel: string | null;
  direction: 'INBOUND' | 'OUTBOUND' | 'INTERNAL';
  author: string;
  agentId: string | null;
  consultedTeamCode: string | null;
  body: string;
  sentAt: Date;
}

export async function insertMessage(tx: Queryable, message: NewMessage): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO tickets.messages (id, ticket_id, channel, direction, author, agent_id, consulted_team_code, body, sent_at)
     VALUES ('msg_' || nextval('tickets.message_id_seq'), $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      message.ticketId,
      message.channel,
      message.direction,
      message.author,
      message.agentId,
      message.consultedTeamCode,
      message.body,
      message.sentAt,
    ],
  );
  return row!.id;
}

export interface NewHandoff {
  ticketId: string;
  kind: 'TRANSFER' | 'CONSULT';
  fromTeamCode: string;
  toTeamCode: string;
  reason: string;
  byAgentId: string;
  at: Date;
}

export async function insertHandoff(tx: Queryable, handoff: NewHandoff): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO tickets.handoffs (id, ticket_id, kind, from_team_code, to_team_code, reason, by_agent_id, at)
     VALUES ('hof_' || nextval('tickets.handoff_id_seq'), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      handoff.ticketId,
      handoff.kind,
      handoff.fromTeamCode,
      handoff.toTeamCode,
      handoff.reason,
      handoff.byAgentId,
      handoff.at,
    ],
  );
  return row!.id;
}

export interface NewEvent {
  kind: TicketEventKind;
  fromStatus: TicketStatus | null;
  /** The ticket after the change: its status and team are recorded, so history always matches state. */
  ticket: TicketRow;
  agentId: string | null;
  actor: string;
  /** The change in words. */
  text: string;
  /** Ids and values behind the words, for tools. */
  data?: Record<string, unknown>;
  at: Date;
}

/** Writes the history entry of a change; call it in the change's transaction, after the change. */
export async function recordEvent(tx: Queryable, event: NewEvent): Promise<void> {
  await tx.query(
    `INSERT INTO tickets.ticket_events (id, ticket_id, kind, from_status, to_status, team_code, agent_id, actor, details, at)
     VALUES ('evt_' || nextval('tickets.event_id_seq'), $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
    [
      event.ticket.id,
      event.kind,
      event.fromStatus,
      event.ticket.status,
      event.ticket.teamCode,
      event.agentId,
      event.actor,
      JSON.stringify({ text: event.text, ...event.data }),
      event.at,
    ],
  );
}

export interface NewTicket {
  customerId: string;
  orderId: string | null;
  shipmentId: string | null;
  subject: string;
  category: string;
  channel: string;
  priority: string;
  teamCode: string;
  createdAt: Date;
  firstResponseDueAt: Date;
  slaDueAt: Date;
}

/**
 * Inserts a NEW ticket, numbered from the ticket sequence, and returns its row. It carries its order's skus and its
 * shipment's carrier from the local copy of the owners' facts, which the complaint KPIs count by (migration 011).
 */
export async function insertTicket(tx: Queryable, ticket: NewTicket): Promise<TicketRow> {
  const [row] = await tx.query<TicketRow>(
    `WITH n AS (SELECT nextval('tickets.ticket_id_seq') AS n)
     INSERT INTO tickets.tickets AS t (id, number, customer_id, order_id, shipment_id, subject, category, channel,
            priority, status, team_code, created_at, first_response_due_at, sla_due_at, updated_at, order_skus,
            shipment_carrier)
     SELECT 'tkt_' || n.n, 'T-' || (100000 + n.n), $1, $2, $3, $4, $5, $6, $7, 'NEW', $8, $9, $10, $11, $9,
            ${ORDER_SKUS_OF('$2')}, ${SHIPMENT_CARRIER_OF('$3')}
       FROM n
     RETURNING ${TICKET_COLUMNS}`,
    [
      ticket.customerId,
      ticket.orderId,
      ticket.shipmentId,
      ticket.subject,
      ticket.category,
      ticket.channel,
      ticket.priority,
      ticket.teamCode,
      ticket.createdAt,
      ticket.firstResponseDueAt,
      ticket.slaDueAt,
    ],
  );
  return row!;
}

/** The author of the ticket's first customer message (the name they signed with); undefined when none. */
export async function firstCustomerAuthor(tx: Queryable, ticketId: string): Promise<string | undefined> {
  const [row] = await tx.query<{ author: string }>(
    `SELECT author FROM tickets.messages WHERE ticket_id = $1 AND direction = 'INBOUND' ORDER BY sent_at, id LIMIT 1`,
    [ticketId],
  );
  return row?.author;
}

/**
 * Whether `teamCode` has an open consultation on the ticket: it was consulted (a CONSULT hand-off), and no agent
 * of that team has written an internal message in the ticket since the latest one. Derived from the rows that
 * exist anyway, so seeded tickets and new ones follow the same rule (and `unattendedTickets` uses the same one).
 */
export async function hasOpenConsultation(tx: Queryable, ticketId: string, teamCode: string): Promise<boolean> {
  const [row] = await tx.query<{ open: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM tickets.handoffs h
        WHERE h.ticket_id = $1 AND h.kind = 'CONSULT' AND h.to_team_code = $2
          AND h.at = (SELECT max(at) FROM tickets.handoffs
                       WHERE ticket_id = $1 AND kind = 'CONSULT' AND to_team_code = $2)
          AND NOT EXISTS (
                SELECT 1 FROM tickets.messages m JOIN tickets.agents a ON a.id = m.agent_id
                 WHERE m.ticket_id = $1 AND m.direction = 'INTERNAL' AND a.team_code = $2 AND m.sent_at >= h.at)
     ) AS open`,
    [ticketId, teamCode],
  );
  return row?.open === true;
}

/**
 * Names the acting user for the rest of the transaction (`c360.acted_by`, transaction-local): the default of
 * `ticket_events.acted_by` reads it.
 */
export async function setActedBy(tx: Queryable, actedBy: string): Promise<void> {
  await tx.query(`SELECT set_config('c360.acted_by', $1, true)`, [actedBy]);
}
