import type { Db } from '../../shared';
import type { Announcer, ChangeInput } from '../../../platform/changeEvents';
import { slaAlertRepository } from '../data/slaAlertRepository';
import type { ClaimedSlaAlert } from '../data/slaAlertRepository';

/**
 * How far back a scan still fires a stage whose moment it missed: an hour by default, so a replica that was down
 * for a few minutes catches up, while a fresh database with long-breached seed tickets does not fire thousands of
 * stale alerts.
 */
export const DEFAULT_SLA_LOOKBACK_MINUTES = 60;

export interface SlaScanOptions {
  lookbackMinutes?: number;
}

/** The SLA_DEADLINE change of one claimed alert. */
export function slaDeadlineChange(alert: ClaimedSlaAlert): ChangeInput {
  return {
    kind: 'SLA_DEADLINE',
    entities: [
      { typename: 'Ticket', keys: { id: alert.ticketId, number: alert.ticketNumber } },
      { typename: 'Customer', keys: { id: alert.customerId } },
    ],
    facts: { team: alert.teamCode, deadline: alert.deadline, dueAt: alert.dueAt.toISOString(), stage: alert.stage },
  };
}

/**
 * Fires the SLA alerts due at `now`: claims them in one statement (see slaAlertRepository) and announces each.
 *
 * Why not pg-boss or graphile-worker: both need PostgreSQL's LISTEN and their own schema, and the tickets subgraph
 * also runs on embedded PGlite, which has neither. The claim does their job here with no dependency and the same SQL
 * on both engines: an `INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING` keyed by (ticket, deadline, stage,
 * due time), so when two replicas scan at once each alert is inserted, and announced, by exactly one of them. A scan
 * costs one statement over two partial indexes (migration 009), whatever the number of tickets.
 *
 * The announcements run inside the claiming transaction: if the feed refuses one, the claim rolls back and the next
 * scan tries again (the alerts announced before it in this scan are then announced twice: at least once, never lost
 * while the lookback lasts).
 */
export async function scanSlaDeadlines(
  db: Db,
  now: Date,
  announce: Announcer['announce'],
  { lookbackMinutes = DEFAULT_SLA_LOOKBACK_MINUTES }: SlaScanOptions = {},
): Promise<ChangeInput[]> {
  return db.transaction(async (tx) => {
    const alerts = await slaAlertRepository(tx).claimDue(now, lookbackMinutes);
    const changes = alerts.map(slaDeadlineChange);
    for (const change of changes) await announce(change);
    return changes;
  });
}
