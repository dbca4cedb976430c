import type { ActivityEvent } from '../../shared';
import type { ActivityRow } from '../data/activityRepository';

const BODY_PREVIEW = 80;

const CHANNEL_WORDS: Record<string, string> = {
  CHAT: 'chat',
  EMAIL: 'email',
  PHONE: 'phone',
  SOCIAL: 'social media',
  WEB_FORM: 'web form',
};

function channelWord(channel: string | null): string {
  return channel === null ? 'no channel' : (CHANNEL_WORDS[channel] ?? channel.toLowerCase());
}

function lower(value: string | null): string {
  return (value ?? '').toLowerCase().replace(/_/g, ' ');
}

/** The first ~80 characters of a message, on one line and cut between words, so the timeline stays scannable. */
export function preview(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim();
  if (line.length <= BODY_PREVIEW) return line;
  const cut = line.slice(0, BODY_PREVIEW + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // a word longer than a quarter of the preview (a URL, say) is cut where it stands
  const end = lastSpace > BODY_PREVIEW * 0.75 ? lastSpace : BODY_PREVIEW;
  return `${line.slice(0, end).trimEnd()}…`;
}

function messageSummary(row: ActivityRow): string {
  const body = `"${preview(row.body ?? '')}"`;
  if (row.direction === 'INTERNAL') {
    const consulting = row.teamName ? ` (consulting ${row.teamName})` : '';
    return `Ticket ${row.ticketNumber}: internal note by ${row.author ?? 'an agent'}${consulting}: ${body}`;
  }
  const preposition = row.direction === 'INBOUND' ? 'from' : 'by';
  return `Ticket ${row.ticketNumber}: ${lower(row.direction)} ${channelWord(row.channel)} ${preposition} ${row.author ?? 'unknown'}: ${body}`;
}

function handoffSummary(row: ActivityRow): string {
  const by = row.author ? ` (by ${row.author})` : '';
  if (row.handoffKind === 'CONSULT') {
    return `Ticket ${row.ticketNumber}: ${row.teamName ?? '?'} consulted ${row.otherTeamName ?? '?'}: ${row.reason ?? ''}${by}`;
  }
  return `Ticket ${row.ticketNumber} transferred from ${row.teamName ?? '?'} to ${row.otherTeamName ?? '?'}: ${row.reason ?? ''}${by}`;
}

/** Turns one activity row into the timeline event crm shows, with an id unique across systems. */
export function toActivityEvent(row: ActivityRow): ActivityEvent {
  const common = {
    occurredAt: row.occurredAt,
    orderId: row.orderId,
    shipmentId: row.shipmentId,
    ticketId: row.ticketId,
  };
  switch (row.source) {
    case 'opened':
      return {
        ...common,
        id: `tickets:${row.ticketId}:opened`,
        kind: 'TICKET_OPENED',
        summary: `Ticket ${row.ticketNumber} opened via ${channelWord(row.channel)}: "${row.subject}" (${lower(row.category)}, ${lower(row.priority)} priority, ${row.teamName ?? 'no team'})`,
        channel: row.channel,
      };
    case 'message':
      return {
        ...common,
        id: `tickets:${row.recordId}`,
        kind: 'TICKET_MESSAGE',
        summary: messageSummary(row),
        channel: row.channel,
      };
    case 'handoff':
      return {
        ...common,
        id: `tickets:${row.recordId}`,
        kind: 'TICKET_HANDOFF',
        summary: handoffSummary(row),
        channel: null,
      };
    case 'resolved': {
      const closed = row.status === 'CLOSED' ? ' (now closed)' : '';
      const late = row.late ? ', after its SLA' : '';
      return {
        ...common,
        id: `tickets:${row.ticketId}:resolved`,
        kind: 'TICKET_RESOLVED',
        summary: `Ticket ${row.ticketNumber} resolved by ${row.teamName ?? 'no team'}${late}: "${row.subject}"${closed}`,
        channel: null,
      };
    }
    default: {
      const unreachable: never = row.source;
      throw new Error(`invariant violated: unknown activity source ${JSON.stringify(unreachable)}`);
    }
  }
}
