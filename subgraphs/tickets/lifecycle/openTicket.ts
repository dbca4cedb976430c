import { checkIdentifier } from '../../shared';
import type { Queryable } from '../../shared';
import type { OpenTicketInput } from '../__generated__/resolvers-types';
import type { TicketRow } from '../data/rows';
import { TICKET_COLUMNS } from '../data/ticketColumns';
import type { CommandContext } from './commandContext';
import { BODY_MAX, requiredText, SUBJECT_MAX } from './input';
import { lifecycleErrors } from './lifecycleErrors';
import { requestHash } from './requestHash';
import { dueTimes, routeTicket } from './rules';
import { insertMessage, readTicket, recordEvent, teamName } from './ticketStore';

const KEY_MIN = 8;
const KEY_MAX = 200;

function normalize(input: OpenTicketInput) {
  // crm, orders and logistics own customers, orders and shipments, in databases this subgraph cannot read: only the
  // form of their ids is checked here; the gateway joins them on read.
  return {
    customerId: checkIdentifier('customerId', 'customerId', input.customerId.trim()),
    channel: input.channel,
    category: input.category,
    priority: input.priority ?? 'NORMAL',
    subject: requiredText('subject', input.subject, SUBJECT_MAX),
    body: requiredText('body', input.body, BODY_MAX),
    orderId: input.orderId ? checkIdentifier('orderId', 'orderId', input.orderId.trim()) : null,
    shipmentId: input.shipmentId ? checkIdentifier('shipmentId', 'shipmentId', input.shipmentId.trim()) : null,
  };
}

function checkKey(key: string): string {
  if (key.length < KEY_MIN || key.length > KEY_MAX) {
    throw lifecycleErrors.badInput(
      'idempotencyKey',
      `idempotencyKey must be ${KEY_MIN} to ${KEY_MAX} characters long (got ${key.length}); a UUID is a good key.`,
    );
  }
  return key;
}

/**
 * Opens a ticket, idempotently. In one transaction: a transaction-scoped advisory lock on the key, so concurrent
 * requests with one key queue behind each other instead of racing for the unique index (on PostgreSQL the loser
 * would otherwise fail, or block and then see nothing under its snapshot); then the key is looked up, and only
 * when it is new are the ticket, its first message, its OPENED event and the key written. A request that dies
 * before COMMIT (a crash, a restart) leaves nothing behind, so a retry creates the ticket once.
 */
export async function openTicket(ctx: CommandContext, input: OpenTicketInput): Promise<TicketRow> {
  const key = checkKey(input.idempotencyKey);
  const request = normalize(input);
  const hash = requestHash(request);
  return ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    const [existing] = await tx.query<{ requestHash: string; ticketId: string }>(
      `SELECT request_hash AS "requestHash", ticket_id AS "ticketId" FROM tickets.idempotency_keys WHERE key = $1`,
      [key],
    );
    if (existing) {
      const ticket = await readTicket(tx, existing.ticketId);
      if (existing.requestHash !== hash) throw lifecycleErrors.idempotencyKeyReused(key, ticket.number);
      return ticket;
    }
    const now = ctx.now();
    const ticket = await insertTicket(tx, request, now);
    await insertMessage(tx, {
      ticketId: ticket.id,
      channel: request.channel,
      direction: 'INBOUND',
      author: `Customer ${request.customerId}`,
      agentId: null,
      consultedTeamCode: null,
      body: request.body,
      sentAt: now,
    });
    await recordEvent(tx, {
      kind: 'OPENED',
      fromStatus: null,
      ticket,
      agentId: null,
      actor: request.customerId,
      text: `Opened via ${request.channel.toLowerCase().replace('_', ' ')} (${request.category.toLowerCase()}, ${request.priority.toLowerCase()} priority), routed to ${await teamName(tx, ticket.teamCode)}`,
      data: { idempotencyKey: key },
      at: now,
    });
    // the lock makes a conflict impossible; DO NOTHING keeps a hashtext collision of two keys harmless anyway
    await tx.query(
      `INSERT INTO tickets.idempotency_keys (key, request_hash, ticket_id, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO NOTHING`,
      [key, hash, ticket.id, now],
    );
    return ticket;
  });
}

async function insertTicket(tx: Queryable, request: ReturnType<typeof normalize>, now: Date): Promise<TicketRow> {
  const teamCode = await routeTicket(tx, request.category);
  const due = await dueTimes(tx, request.priority, now);
  const [ticket] = await tx.query<TicketRow>(
    `WITH n AS (SELECT nextval('tickets.ticket_id_seq') AS n)
     INSERT INTO tickets.tickets AS t (id, number, customer_id, order_id, shipment_id, subject, category, channel,
            priority, status, team_code, created_at, first_response_due_at, sla_due_at, updated_at)
     SELECT 'tkt_' || n.n, 'T-' || (100000 + n.n), $1, $2, $3, $4, $5, $6, $7, 'NEW', $8, $9, $10, $11, $9 FROM n
     RETURNING ${TICKET_COLUMNS}`,
    [
      request.customerId,
      request.orderId,
      request.shipmentId,
      request.subject,
      request.category,
      request.channel,
      request.priority,
      teamCode,
      now,
      due.firstResponseDueAt,
      due.slaDueAt,
    ],
  );
  return ticket!;
}
