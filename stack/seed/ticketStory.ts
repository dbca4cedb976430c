import type {
  AgentRow,
  Channel,
  CustomerRow,
  MessageRow,
  OrderRow,
  ShipmentRow,
  TeamCode,
  TicketCategory,
  TicketPriority,
  TicketRow,
  TicketStatus,
} from './rows';
import type { StoryContext } from './storyContext';
import {
  askForDetails,
  CATEGORY_TEAM,
  CONSULT_QUESTIONS,
  openingMessage,
  resolutionMessage,
  ticketSubject,
  TRANSFER_REASONS,
} from './ticketText';
import type { TicketTopic } from './ticketText';
import { DAY, HOUR, MINUTE, plus } from './time';

/** Hours to the first answer and to resolution, by priority. */
export const SLA_HOURS: Record<TicketPriority, { firstResponse: number; resolution: number }> = {
  URGENT: { firstResponse: 1, resolution: 8 },
  HIGH: { firstResponse: 4, resolution: 24 },
  NORMAL: { firstResponse: 24, resolution: 72 },
  LOW: { firstResponse: 48, resolution: 120 },
};

export interface TicketPlan {
  createdAt: Date;
  category: TicketCategory;
  order?: OrderRow | null;
  shipment?: ShipmentRow | null;
  /** Chosen from the ticket's age when not given. */
  status?: TicketStatus;
  channel?: Channel;
  priority?: TicketPriority;
  /** Forces the hand-off the conversation has; chosen at random when not given. */
  handoff?: 'TRANSFER' | 'CONSULT' | 'NONE';
  /** Whether the consulted team answers a consultation inside the ticket (it does unless told otherwise). */
  consultAnswered?: boolean;
  /** Bounds the span, in hours after opening, over which the conversation's messages are spread. */
  spanHours?: number;
  /** Times the customer reopened it (0 unless given). */
  reopenCount?: number;
}

const CHANNELS: readonly (readonly [Channel, number])[] = [
  ['EMAIL', 35],
  ['CHAT', 30],
  ['PHONE', 20],
  ['WEB_FORM', 10],
  ['SOCIAL', 5],
];

/**
 * Opens a ticket and plays its conversation: the customer writes, the front line (customer care) answers, may
 * transfer it to the category's team or consult that team, the customer may follow up on another channel, and it
 * ends where its status says. Every message lands between `createdAt` and `asOf`.
 */
export function openTicket(ctx: StoryContext, customer: CustomerRow, plan: TicketPlan): TicketRow {
  const { r, asOf } = ctx;
  const { id, number } = ctx.ids.ticket();
  const ageMs = asOf.getTime() - plan.createdAt.getTime();
  const status = plan.status ?? statusForAge(ctx, ageMs);
  const channel = plan.channel ?? (r.chance(0.5) ? customer.preferred_channel : r.weighted(CHANNELS));
  const vip = customer.tier === 'GOLD' || customer.tier === 'PLATINUM';
  const priority =
    plan.priority ??
    r.weighted<TicketPriority>([
      ['LOW', 15],
      ['NORMAL', 55],
      ['HIGH', vip ? 35 : 22],
      ['URGENT', vip ? 12 : 8],
    ]);
  const topic: TicketTopic = {
    orderNumber: plan.order?.number ?? null,
    trackingNumber: plan.shipment?.tracking_number ?? null,
    firstName: customer.name.split(' ')[0] ?? customer.name,
  };
  const sla = SLA_HOURS[priority];
  const ticket: TicketRow = {
    id,
    number,
    customer_id: customer.id,
    order_id: plan.order?.id ?? null,
    shipment_id: plan.shipment?.id ?? null,
    subject: ticketSubject(plan.category, topic, r.int(0, 5)),
    category: plan.category,
    channel,
    priority,
    status,
    team_code: 'customer_care',
    assignee_id: null,
    created_at: plan.createdAt,
    first_response_due_at: plus(plan.createdAt, sla.firstResponse * HOUR),
    first_responded_at: null,
    sla_due_at: plus(plan.createdAt, sla.resolution * HOUR),
    resolved_at: null,
    reopen_count: plan.reopenCount ?? 0,
  };
  ctx.rows.tickets.push(ticket);

  const agentOf = (team: TeamCode): AgentRow => r.pick(ctx.catalogue.agentsByTeam[team]);
  let agent = agentOf('customer_care');
  const steps: ((at: Date) => void)[] = [];
  const say = (
    direction: MessageRow['direction'],
    on: Channel | null,
    body: string,
    from: AgentRow | null,
    consulted: TeamCode | null = null,
  ) =>
    steps.push((at) => {
      ctx.rows.messages.push({
        id: ctx.ids.row('message'),
        ticket_id: id,
        channel: direction === 'INTERNAL' ? null : on,
        direction,
        author: from?.name ?? customer.name,
        agent_id: from?.id ?? null,
        consulted_team_code: consulted,
        body,
        sent_at: at,
      });
      if (direction === 'OUTBOUND' && ticket.first_responded_at === null) ticket.first_responded_at = at;
    });

  say('INBOUND', channel, openingMessage(plan.category, topic), null);
  if (status === 'NEW') {
    if (r.chance(0.3))
      say(
        'INBOUND',
        otherChannel(ctx, channel),
        `Following up on my message about ${topic.orderNumber ?? 'my request'}.`,
        null,
      );
  } else {
    ticket.assignee_id = agent.id;
    say('OUTBOUND', channel, `Hi ${topic.firstName}, thanks for getting in touch. I am looking into this now.`, agent);
    const homeTeam = CATEGORY_TEAM[plan.category];
    const transfer = plan.handoff ? plan.handoff === 'TRANSFER' : r.chance(0.45);
    const consult = plan.handoff ? plan.handoff === 'CONSULT' : r.chance(0.15);
    if (homeTeam !== 'customer_care' && transfer) {
      const reason = TRANSFER_REASONS[plan.category];
      const by = agent;
      say('INTERNAL', null, `Transferring to ${teamName(ctx, homeTeam)}: ${reason}.`, by);
      steps.push((at) => {
        ctx.rows.handoffs.push({
          id: ctx.ids.row('handoff'),
          ticket_id: id,
          kind: 'TRANSFER',
          from_team_code: 'customer_care',
          to_team_code: homeTeam,
          reason,
          by_agent_id: by.id,
          at,
        });
      });
      agent = agentOf(homeTeam);
      ticket.team_code = homeTeam;
      ticket.assignee_id = agent.id;
    } else if (consult) {
      const consulted = homeTeam === 'customer_care' ? 'billing' : homeTeam;
      const [question, answer] = CONSULT_QUESTIONS[consulted];
      const by = agent;
      steps.push((at) => {
        ctx.rows.handoffs.push({
          id: ctx.ids.row('handoff'),
          ticket_id: id,
          kind: 'CONSULT',
          from_team_code: 'customer_care',
          to_team_code: consulted,
          reason: question,
          by_agent_id: by.id,
          at,
        });
      });
      say('INTERNAL', null, question, by, consulted);
      if (plan.consultAnswered ?? true) say('INTERNAL', null, answer, agentOf(consulted), consulted);
    }
    if (r.chance(0.35)) {
      const followUp = otherChannel(ctx, channel);
      say('INBOUND', followUp, `Any news? I already wrote to you on ${channel.toLowerCase().replace('_', ' ')}.`, null);
      say(
        'OUTBOUND',
        followUp,
        `Sorry for the wait, ${topic.firstName}: we are on it and will update you today.`,
        agent,
      );
    }
    if (status === 'PENDING_CUSTOMER') say('OUTBOUND', channel, askForDetails(plan.category, topic), agent);
    if (status === 'OPEN' && r.chance(0.5))
      say('INTERNAL', null, 'Waiting for an update from the carrier / warehouse before answering.', agent);
    if (status === 'RESOLVED' || status === 'CLOSED')
      say('OUTBOUND', channel, resolutionMessage(plan.category, topic), agent);
  }

  // spread the steps over the ticket's life, never past asOf
  const drawnSpanMs = r.int(1, 5 * 24) * HOUR;
  const spanMs = Math.max(MINUTE, Math.min(ageMs, plan.spanHours ? plan.spanHours * HOUR : drawnSpanMs));
  const offsets = steps
    .map((_, index) => (index === 0 ? 0 : Math.floor((r.next() * spanMs) / MINUTE) * MINUTE))
    .sort((a, b) => a - b);
  let last = plan.createdAt;
  steps.forEach((step, index) => {
    // strictly increasing, so "earliest first" has one answer
    const at = plus(
      plan.createdAt,
      Math.max(offsets[index] ?? 0, last.getTime() - plan.createdAt.getTime() + (index === 0 ? 0 : MINUTE)),
    );
    last = at.getTime() > asOf.getTime() ? asOf : at;
    step(last);
  });
  if (status === 'RESOLVED' || status === 'CLOSED') ticket.resolved_at = last;
  return ticket;
}

function statusForAge(ctx: StoryContext, ageMs: number): TicketStatus {
  if (ageMs > 10 * DAY)
    return ctx.r.weighted<TicketStatus>([
      ['RESOLVED', 35],
      ['CLOSED', 62],
      ['OPEN', 2],
      ['PENDING_CUSTOMER', 1],
    ]);
  if (ageMs > 2 * DAY)
    return ctx.r.weighted<TicketStatus>([
      ['RESOLVED', 45],
      ['CLOSED', 10],
      ['OPEN', 20],
      ['PENDING_CUSTOMER', 20],
      ['NEW', 5],
    ]);
  return ctx.r.weighted<TicketStatus>([
    ['NEW', 30],
    ['OPEN', 35],
    ['PENDING_CUSTOMER', 20],
    ['RESOLVED', 15],
  ]);
}

function otherChannel(ctx: StoryContext, channel: Channel): Channel {
  return ctx.r.pick((['EMAIL', 'CHAT', 'PHONE'] as const).filter((c) => c !== channel));
}

function teamName(ctx: StoryContext, code: TeamCode): string {
  return ctx.catalogue.teams.find((team) => team.code === code)?.name ?? code;
}
