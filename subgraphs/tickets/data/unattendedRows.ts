import type { UnattendedReason } from '../__generated__/resolvers-types';
import type { TicketRow } from './rows';

/** What decides whether a ticket is unattended. `team` narrows to one owning team. */
export interface UnattendedFilter {
  now: Date;
  dueWithinMinutes: number;
  consultWaitingMinutes: number;
  team: string | null;
}

/** One unattended ticket, as `UnattendedTicket` shows it. */
export interface UnattendedRow {
  ticket: TicketRow;
  reasons: UnattendedReason[];
  waitingSince: Date;
}

/** One team's line of the summary. */
export interface TeamUnattendedRow {
  teamCode: string;
  teamName: string;
  count: number;
  oldestWaitingSince: Date | null;
  byReason: { reason: UnattendedReason; count: number }[];
}

/** The reasons in their documented order, with the SQL flag column of each. */
export const REASON_FLAGS: readonly (readonly [UnattendedReason, string])[] = [
  ['UNASSIGNED', 'unassigned'],
  ['NO_FIRST_RESPONSE', 'no_first_response'],
  ['SLA_BREACHED', 'sla_breached'],
  ['SLA_AT_RISK', 'sla_at_risk'],
  ['CONSULT_WAITING', 'consult_waiting'],
];
