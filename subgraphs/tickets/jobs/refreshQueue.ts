import type { Db } from '../../shared';
import type { Announcer, ChangeInput } from '../../../platform/changeEvents';
import { queueStateRepository } from '../data/queueStateRepository';
import type { QueueChangeRow, QueueWindows } from '../data/queueStateRepository';
import { QUEUE_WINDOWS } from './queueWindows';

type QueueChange = 'ENTERED' | 'LEFT' | 'REASONS_CHANGED';

function queueChange(row: QueueChangeRow, change: QueueChange, side: NonNullable<QueueChangeRow['to']>): ChangeInput {
  return {
    kind: 'TEAM_QUEUE_CHANGED',
    entities: [
      { typename: 'Ticket', keys: { id: row.ticketId, number: row.ticketNumber } },
      { typename: 'Customer', keys: { id: row.customerId } },
    ],
    facts: { team: side.teamCode, change, reasons: side.reasons },
  };
}

/** The events of one changed row: a move between teams is LEFT for the old team and ENTERED for the new one. */
export function queueChanges(row: QueueChangeRow): ChangeInput[] {
  const { from, to } = row;
  if (from === null) return to === null ? [] : [queueChange(row, 'ENTERED', to)];
  if (to === null) return [queueChange(row, 'LEFT', from)];
  if (from.teamCode !== to.teamCode) return [queueChange(row, 'LEFT', from), queueChange(row, 'ENTERED', to)];
  return [queueChange(row, 'REASONS_CHANGED', to)];
}

/**
 * Brings the stored team queue (tickets.queue_state) up to the unattended state at `now` for `ticketIds` (or every
 * ticket) and announces each difference as TEAM_QUEUE_CHANGED: LEFT, then moves and new reasons, then ENTERED.
 *
 * Exactly once across replicas: the refresh holds a transaction-scoped advisory lock, so refreshes run one after
 * the other and each statement reads what the previous refresh wrote. Row locks alone would make an identical
 * concurrent update a no-op, but not a refresh computed from a snapshot older than a concurrent one's, which would
 * undo it (and announce the undoing). The lock is held for a few statements; a refresh is a handful of them.
 *
 * The first refresh of a database (no queue baseline yet) fills the queue without announcing anything, whatever
 * `ticketIds` says: a freshly seeded database holds thousands of unattended tickets that nobody is waiting to hear
 * about. Announcements run inside the transaction, so a refused one rolls the refresh back for the next to retry.
 */
export async function refreshQueue(
  db: Db,
  now: Date,
  ticketIds: readonly string[] | 'all',
  announce: Announcer['announce'],
  windows: QueueWindows = QUEUE_WINDOWS,
): Promise<ChangeInput[]> {
  if (ticketIds !== 'all' && ticketIds.length === 0) return [];
  const ids = ticketIds === 'all' ? null : ticketIds;
  return db.transaction(async (tx) => {
    const queue = queueStateRepository(tx);
    await queue.lock(ids);
    if (await queue.takeBaseline(now)) {
      await queue.fillSilently(now, windows);
      return [];
    }
    const rows = [
      ...(await queue.left(now, windows, ids)),
      ...(await queue.changed(now, windows, ids)),
      ...(await queue.entered(now, windows, ids)),
    ];
    const changes = rows.flatMap(queueChanges);
    for (const change of changes) await announce(change);
    return changes;
  });
}
