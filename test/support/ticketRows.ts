import type { Db } from '../../subgraphs/shared';

/** The raw ticket rows a test recomputes figures from, read with the plainest SQL. */
export interface RawTicket {
  id: string;
  teamCode: string;
  category: string;
  channel: string;
  status: string;
  assigneeId: string | null;
  orderId: string | null;
  shipmentId: string | null;
  createdAt: Date;
  firstResponseDueAt: Date;
  firstRespondedAt: Date | null;
  slaDueAt: Date;
  resolvedAt: Date | null;
  reopenCount: number;
}

export interface RawMessage {
  ticketId: string;
  direction: string;
  agentId: string | null;
  sentAt: Date;
}

export interface RawHandoff {
  ticketId: string;
  kind: string;
  toTeamCode: string;
  at: Date;
}

export interface RawTicketData {
  tickets: RawTicket[];
  messages: RawMessage[];
  handoffs: RawHandoff[];
  agentTeam: Map<string, string>;
}

export async function readTicketRows(db: Db): Promise<RawTicketData> {
  const tickets = await db.query<RawTicket>(
    `SELECT id, team_code AS "teamCode", category, channel, status, assignee_id AS "assigneeId",
            order_id AS "orderId", shipment_id AS "shipmentId", created_at AS "createdAt",
            first_response_due_at AS "firstResponseDueAt", first_responded_at AS "firstRespondedAt",
            sla_due_at AS "slaDueAt", resolved_at AS "resolvedAt", reopen_count AS "reopenCount"
       FROM tickets.tickets`,
  );
  const messages = await db.query<RawMessage>(
    `SELECT ticket_id AS "ticketId", direction, agent_id AS "agentId", sent_at AS "sentAt" FROM tickets.messages`,
  );
  const handoffs = await db.query<RawHandoff>(
    `SELECT ticket_id AS "ticketId", kind, to_team_code AS "toTeamCode", at FROM tickets.handoffs`,
  );
  const agents = await db.query<{ id: string; teamCode: string }>(
    `SELECT id, team_code AS "teamCode" FROM tickets.agents`,
  );
  return { tickets, messages, handoffs, agentTeam: new Map(agents.map((a) => [a.id, a.teamCode])) };
}

/** Continuous percentile with linear interpolation between the nearest ranks: PostgreSQL's percentile_cont. */
export function percentileCont(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (position - low);
}

const OPEN = new Set(['NEW', 'OPEN', 'PENDING_CUSTOMER']);
const MINUTE = 60_000;

/** The unattended reasons of every open ticket at `now`, recomputed from the definitions in the schema. */
export function recomputeUnattended(
  data: RawTicketData,
  now: Date,
  dueWithinMinutes = 60,
  consultWaitingMinutes = 120,
): { id: string; teamCode: string; reasons: string[]; waitingSince: number }[] {
  const t = now.getTime();
  const result = [];
  for (const ticket of data.tickets) {
    if (!OPEN.has(ticket.status)) continue;
    const messages = data.messages.filter((m) => m.ticketId === ticket.id);
    const starts: [string, number][] = [];
    if (ticket.assigneeId === null) starts.push(['UNASSIGNED', ticket.createdAt.getTime()]);
    if (ticket.firstResponseDueAt.getTime() < t && !messages.some((m) => m.direction === 'OUTBOUND'))
      starts.push(['NO_FIRST_RESPONSE', ticket.firstResponseDueAt.getTime()]);
    if (ticket.slaDueAt.getTime() < t) starts.push(['SLA_BREACHED', ticket.slaDueAt.getTime()]);
    if (ticket.slaDueAt.getTime() >= t && ticket.slaDueAt.getTime() < t + dueWithinMinutes * MINUTE)
      starts.push(['SLA_AT_RISK', ticket.slaDueAt.getTime() - dueWithinMinutes * MINUTE]);
    const waiting = data.handoffs
      .filter((h) => h.ticketId === ticket.id && h.kind === 'CONSULT')
      .filter((h) => h.at.getTime() <= t - consultWaitingMinutes * MINUTE)
      .filter(
        (h) =>
          !messages.some(
            (m) =>
              m.direction === 'INTERNAL' &&
              m.agentId !== null &&
              data.agentTeam.get(m.agentId) === h.toTeamCode &&
              m.sentAt.getTime() >= h.at.getTime(),
          ),
      )
      .map((h) => h.at.getTime());
    if (waiting.length > 0) starts.push(['CONSULT_WAITING', Math.min(...waiting)]);
    if (starts.length === 0) continue;
    result.push({
      id: ticket.id,
      teamCode: ticket.teamCode,
      reasons: starts.map(([reason]) => reason),
      waitingSince: Math.min(...starts.map(([, at]) => at)),
    });
  }
  return result.sort((a, b) => a.waitingSince - b.waitingSince || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
