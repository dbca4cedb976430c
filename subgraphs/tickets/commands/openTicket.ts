import { checkIdentifier, trim } from '../../shared';
import type { Queryable } from '../../shared';
import type { OpenTicketInput } from '../__generated__/resolvers-types';
import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { BODY_MAX, requiredText, SUBJECT_MAX } from './input';
import { runCommand } from './idempotentCommand';
import { dueTimes, routeTicket } from './rules';
import { checkTicketReferences } from './ticketReferences';
import { insertMessage, insertTicket, recordEvent, teamName } from '../data/ticketStore';

function normalize(input: OpenTicketInput) {
  // crm, orders and logistics own customers, orders and shipments; the command checks them against the local copy
  // of their ids (checkTicketReferences) once it holds the key's lock
  return {
    customerId: checkIdentifier('customerId', 'customerId', input.customerId, trim),
    channel: input.channel,
    category: input.category,
    priority: input.priority ?? 'NORMAL',
    subject: requiredText('subject', input.subject, SUBJECT_MAX),
    body: requiredText('body', input.body, BODY_MAX),
    orderId: input.orderId ? checkIdentifier('orderId', 'orderId', input.orderId, trim) : null,
    shipmentId: input.shipmentId ? checkIdentifier('shipmentId', 'shipmentId', input.shipmentId, trim) : null,
  };
}

/**
 * Opens a ticket, idempotently (the key is required here; see runCommand): the ticket, its first message and its
 * OPENED event in one transaction, after checking that the customer, order and shipment exist and belong together.
 */
export async function openTicket(ctx: CommandContext, input: OpenTicketInput): Promise<TicketRow> {
  const request = normalize(input);
  return runCommand(ctx, { command: 'openTicket', idempotencyKey: input.idempotencyKey, request }, async (tx) => {
    await checkTicketReferences(tx, request);
    const now = ctx.now();
    const ticket = await createTicket(tx, request, now);
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
      data: { idempotencyKey: input.idempotencyKey },
      at: now,
    });
    ctx.changed?.({ channel: request.channel });
    return ticket;
  });
}

/** The new ticket, routed to its team and with its SLA due times (see rules.ts). */
async function createTicket(tx: Queryable, request: ReturnType<typeof normalize>, now: Date): Promise<TicketRow> {
  const teamCode = await routeTicket(tx, request.category);
  const due = await dueTimes(tx, request.priority, now);
  return insertTicket(tx, {
    customerId: request.customerId,
    orderId: request.orderId,
    shipmentId: request.shipmentId,
    subject: request.subject,
    category: request.category,
    channel: request.channel,
    priority: request.priority,
    teamCode,
    createdAt: now,
    ...due,
  });
}
