import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../ui/ErrorNotice';
import { QueueTable } from './QueueTable';
import type { RowAction } from './QueueTable';
import { countReasons, reasonSummary } from './reasonLabels';
import type { ReasonCount } from './reasonLabels';
import { SlaAlerts } from './SlaAlerts';
import { useTeamQueue } from './useTeamQueue';
import { useKeepFocus } from './useKeepFocus';
import { useTeamQueueLive } from './useTeamQueueLive';
import type { TeamQueueBatch } from './useTeamQueueLive';

/**
 * One team's queue: the summary line, the unattended tickets (kept current by `teamQueue`: a ticket that left
 * disappears at once, one that entered or changed is marked "Updated" once the list is read again) and the SLA
 * alerts. Mounted once per team (keyed by it), so nothing of another team's list or alerts lingers.
 */
export function TeamQueueView({
  team,
  teamName,
  summary,
  action,
  onQueueChanged,
}: {
  team: string;
  teamName: string;
  /** The server's per-reason counts of the whole queue, when the team summary is loaded. */
  summary: { count: number; byReason: readonly ReasonCount[] } | undefined;
  action: RowAction;
  /** After a live event or a write: the team picker's counts are stale too. */
  onQueueChanged: () => void;
}) {
  const queue = useTeamQueue(team);
  const [updatedAt, setUpdatedAt] = useState<Record<string, number>>({});
  const [leftMessage, setLeftMessage] = useState('');
  const { refresh, drop } = queue;

  const changed = useCallback(() => {
    refresh();
    onQueueChanged();
  }, [refresh, onQueueChanged]);

  const live = useTeamQueueLive(team, (batch: TeamQueueBatch) => {
    const marks: Record<string, number> = {};
    const left: string[] = [];
    for (const change of batch.changes) {
      if (change.change === 'LEFT') {
        drop(change.ticket.id);
        left.push(change.ticket.number);
      } else {
        marks[change.ticket.id] = Date.now();
      }
    }
    if (Object.keys(marks).length > 0) setUpdatedAt((current) => ({ ...recentMarks(current), ...marks }));
    if (left.length > 0) setLeftMessage(`${left.join(', ')} left the queue.`);
    // a resync carries no changes, only "read it again"; a change is read again for its row's new state
    changed();
  });

  useEffect(() => {
    if (!leftMessage) return;
    const timer = setTimeout(() => setLeftMessage(''), MARK_MS);
    return () => clearTimeout(timer);
  }, [leftMessage]);

  const area = useRef<HTMLElement>(null);
  const summaryLine = useRef<HTMLParagraphElement>(null);
  useKeepFocus(area, summaryLine, queue.rows);

  const counts = summary ?? { count: queue.totalCount, byReason: countReasons(queue.rows) };
  return (
    <>
      <section aria-labelledby="queue-heading" className="panel" ref={area}>
        <h2 id="queue-heading" className="sr-only">
          {teamName}: unattended tickets
        </h2>
        {queue.loading ? (
          <p className="loading" aria-busy="true">
            Loading the unattended tickets of {teamName}…
          </p>
        ) : (
          <p className="queue-summary" tabIndex={-1} ref={summaryLine}>
            {reasonSummary(counts.count, counts.byReason)}
          </p>
        )}
        <ErrorNotice
          error={queue.error}
          partial={queue.rows.length > 0}
          title="The queue could not be loaded in full."
        />
        <ErrorNotice
          error={live.error}
          partial
          title="Live updates stopped: reload the page to see the queue as it is now."
        />
        <p role="status" className="queue-left">
          {leftMessage}
        </p>
        {!queue.loading && queue.rows.length === 0 && !queue.error && (
          <p>
            Nothing in {teamName}&apos;s queue waits for anyone right now. Tickets appear here as they become
            unattended.
          </p>
        )}
        {queue.rows.length > 0 && (
          <QueueTable rows={queue.rows} updatedAt={updatedAt} action={action} onChanged={changed} />
        )}
        {queue.rows.length > 0 && (
          <p className="queue-paging">
            <span className="muted">
              Showing {queue.rows.length} of {Math.max(queue.totalCount, queue.rows.length)}, oldest first.
            </span>{' '}
            {queue.hasMore && (
              <button
                type="button"
                className="secondary"
                disabled={queue.loadingMore}
                aria-busy={queue.loadingMore}
                onClick={queue.loadMore}
              >
                Load more
              </button>
            )}
          </p>
        )}
      </section>
      <SlaAlerts team={team} teamName={teamName} />
    </>
  );
}

/** How long a row stays marked "Updated" and a "left the queue" message stays (UpdatedMark's default). */
const MARK_MS = 10_000;

/** The marks still showing: a row that re-mounts later (a ticket that left and came back) must not show an old one. */
function recentMarks(marks: Record<string, number>): Record<string, number> {
  const since = Date.now() - MARK_MS;
  return Object.fromEntries(Object.entries(marks).filter(([, at]) => at > since));
}
