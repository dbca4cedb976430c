import type { SlaDeadline } from '../../../operations/__generated__/graphql';
import type { BadgeTone } from './reasonLabels';

/** Within this long of a deadline the countdown turns to warning: the API's default at-risk window. */
export const AT_RISK_MS = 60 * 60_000;

/** What the countdowns are computed from: the ticket's due times as the API sent them. */
export interface SlaTimes {
  firstResponseDueAt: string;
  firstRespondedAt: string | null;
  slaDueAt: string;
}

/** One deadline of an open ticket as it stands at `now`. */
export interface Countdown {
  deadline: SlaDeadline;
  dueAt: string;
  /** Milliseconds until it is due; negative once it passed. */
  remainingMs: number;
  breached: boolean;
  /** "due in 12 min" / "breached 3 h 5 min ago". */
  text: string;
  tone: BadgeTone;
}

/**
 * The deadlines still ahead of (or already missed by) an open ticket at `now`, soonest first: the first response
 * while nobody has answered, and the resolution. Computed in the browser from the due times, so the countdown runs
 * every second without asking the server.
 */
export function slaCountdowns(ticket: SlaTimes, now: number): Countdown[] {
  const pending: { deadline: SlaDeadline; dueAt: string }[] = [];
  if (ticket.firstRespondedAt === null) pending.push({ deadline: 'FIRST_RESPONSE', dueAt: ticket.firstResponseDueAt });
  pending.push({ deadline: 'RESOLUTION', dueAt: ticket.slaDueAt });
  return pending
    .flatMap(({ deadline, dueAt }) => {
      const at = Date.parse(dueAt);
      return Number.isNaN(at) ? [] : [countdown(deadline, dueAt, at - now)];
    })
    .sort((a, b) => a.remainingMs - b.remainingMs);
}

function countdown(deadline: SlaDeadline, dueAt: string, remainingMs: number): Countdown {
  const breached = remainingMs < 0;
  return {
    deadline,
    dueAt,
    remainingMs,
    breached,
    text: breached ? `breached ${formatCountdown(-remainingMs)} ago` : `due in ${formatCountdown(remainingMs)}`,
    tone: breached ? 'danger' : remainingMs <= AT_RISK_MS ? 'warn' : 'plain',
  };
}

/** "First response" / "Resolution". */
export function deadlineLabel(deadline: SlaDeadline): string {
  return deadline === 'FIRST_RESPONSE' ? 'First response' : 'Resolution';
}

/**
 * A span for a countdown, rounded down: seconds while they matter (under 10 minutes), then minutes, hours, days.
 * 45 s → "45 s", 272 s → "4 min 32 s", 12.9 min → "12 min", 185 min → "3 h 5 min", 50 h → "2 d 2 h".
 */
export function formatCountdown(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
