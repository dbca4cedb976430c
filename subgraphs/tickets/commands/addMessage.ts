import type { Queryable } from '../../shared';
import type { AddMessageInput } from '../__generated__/resolvers-types';
import type { TicketRow } from '../data/rows';
import type { CommandContext } from './commandContext';
import { BODY_MAX, requiredText } from './input';
import { runCommand } from './idempotentCommand';
import { lifecycleErrors } from './lifecycleErrors';
import {
  findAgent,
  firstCustomerAuthor,
  insertMessage,
  lockTicket,
  recordEvent,
  updateTicket,
} from '../data/ticketStore';
import { reopenTicketIn } from './reopenTicket';

function checkShape(input: AddMessageInput): void {
  const internal = input.direction === 'INTERNAL';
  if (internal && input.channel) {
    throw lifecycleErrors.badInput('channel', 'Internal notes have no channel: leave channel out for INTERNAL.');
  }
  if (!internal && !input.channel) {
    throw lifecycleErrors.badInput(
      'channel',
      `A ${input.direction} message needs the channel it came in or went out on: set channel (CHAT, EMAIL, PHONE, SOCIAL or WEB_FORM).`,
    );
  }
  if (input.direction === 'INBOUND' && input.agentId) {
    throw lifecycleErrors.badInput('agentId', 'INBOUND messages come from the customer: leave agentId out.');
  }
  if (input.direction !== 'INBOUND' && !input.agentId) {
    throw lifecycleErrors.badInput('agentId', `A ${input.direction} message is written by an agent: set agentId.`);
  }
}

// The tickets subgraph does not know customer names; the first customer message carries the name they signed with.
async function customerAuthor(tx: Queryable, ticket: TicketRow): Promise<string> {
  return (await firstCustomerAuthor(tx, ticket.id)) ?? `Customer ${ticket.customerId}`;
}

/**
 * Adds a message. The first OUTBOUND message records the first response and moves NEW → OPEN; an INBOUND one
 * moves PENDING_CUSTOMER → OPEN, and reopens a RESOLVED ticket (a customer reply counts as a reopen).
 */
export async function addMessage(ctx: CommandContext, input: AddMessageInput): Promise<TicketRow> {
  checkShape(input);
  const body = requiredText('body', input.body, BODY_MAX);
  const request = {
    ticketId: input.ticketId,
    direction: input.direction,
    channel: input.channel ?? null,
    body,
    agentId: input.agentId ?? null,
  };
  return runCommand(ctx, { command: 'addMessage', idempotencyKey: input.idempotencyKey, request }, async (tx) => {
    let ticket = await lockTicket(tx, input.ticketId);
    const agent = input.agentId ? await findAgent(tx, input.agentId) : null;
    const now = ctx.now();
    if (input.direction === 'INBOUND' && ticket.status === 'RESOLVED') {
      ticket = await reopenTicketIn(tx, ticket, {
        reason: 'the customer replied',
        agentId: null,
        actor: ticket.customerId,
        at: now,
      });
    }
    const before = ticket.status;
    const changes: Record<string, unknown> = {};
    if (input.direction === 'OUTBOUND' && ticket.firstRespondedAt === null) changes['first_responded_at'] = now;
    if (input.direction === 'OUTBOUND' && ticket.status === 'NEW') changes['status'] = 'OPEN';
    if (input.direction === 'INBOUND' && ticket.status === 'PENDING_CUSTOMER') changes['status'] = 'OPEN';
    ticket = await updateTicket(tx, ticket.id, changes, now);
    const author = agent ? agent.name : await customerAuthor(tx, ticket);
    const messageId = await insertMessage(tx, {
      ticketId: ticket.id,
      channel: input.channel ?? null,
      direction: input.direction,
      author,
      agentId: agent?.id ?? null,
      consultedTeamCode: null,
      body,
      sentAt: now,
    });
    const first = 'first_responded_at' in changes ? ' (first response)' : '';
    await recordEvent(tx, {
      kind: 'MESSAGE_ADDED',
      fromStatus: before,
      ticket,
      agentId: agent?.id ?? null,
      actor: agent?.id ?? ticket.customerId,
      text: `${input.direction.toLowerCase()} message${input.channel ? ` via ${input.channel.toLowerCase().replace('_', ' ')}` : ''} by ${author}${first}`,
      data: { messageId },
      at: now,
    });
    ctx.changed?.({ direction: input.direction, channel: input.channel ?? null });
    return ticket;
  });
}
