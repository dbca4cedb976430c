import { useSubscription } from 'urql';
import { ConsoleSlaAlertsDocument } from '../../../operations/__generated__/graphql';
import type { ConsoleSlaAlertsSubscription } from '../../../operations/__generated__/graphql';
import { Link } from '../app/router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDateTime } from '../ui/format';
import { badgeClass } from './reasonLabels';
import { addAlerts } from './slaAlertLog';
import { deadlineLabel } from './slaCountdown';

type SlaAlert = ConsoleSlaAlertsSubscription['slaAlerts']['alerts'][number];

/** The alert window: an alert when a deadline comes within this many minutes, and one when it passes. */
export const ALERT_WINDOW_MINUTES = 30;

/**
 * "SLA alerts": the team's deadlines coming within 30 minutes or passing, newest first, as the tickets clock finds
 * them (every SLA_SCAN_INTERVAL_MS, 15 s by default). Only what arrives while the page is open: the stream has no
 * history, which the empty state says. New alerts are read out (a polite log).
 */
export function SlaAlerts({ team, teamName }: { team: string; teamName: string }) {
  const [result] = useSubscription<ConsoleSlaAlertsSubscription, SlaAlert[]>(
    { query: ConsoleSlaAlertsDocument, variables: { team, withinMinutes: ALERT_WINDOW_MINUTES } },
    (kept: SlaAlert[] | undefined, data) => addAlerts(kept ?? [], data.slaAlerts.alerts),
  );
  const alerts = result.data ?? [];
  return (
    <section aria-labelledby="sla-alerts-heading" className="panel">
      <h2 id="sla-alerts-heading">SLA alerts</h2>
      <p className="muted">
        {teamName}: first-response and resolution deadlines coming within {ALERT_WINDOW_MINUTES} minutes or passing,
        newest first.
      </p>
      <ErrorNotice error={result.error} title="SLA alerts stopped arriving." />
      <div role="log" aria-label={`SLA alerts for ${teamName}`}>
        {alerts.length === 0 ? (
          <p>
            No SLA alerts since you opened this page. Alerts arrive when a deadline comes within {ALERT_WINDOW_MINUTES}{' '}
            minutes or passes.
          </p>
        ) : (
          <ol className="sla-alerts">
            {alerts.map((alert) => (
              <li key={alert.id}>
                {alert.ticket.customer ? (
                  <Link to={`/customer/${encodeURIComponent(alert.ticket.customer.id)}#ticket-${alert.ticket.number}`}>
                    {alert.ticket.number}
                  </Link>
                ) : (
                  alert.ticket.number
                )}{' '}
                <span className={badgeClass(alert.breached ? 'danger' : 'warn')}>
                  {deadlineLabel(alert.deadline)} {alert.breached ? 'breached' : 'due soon'}
                </span>{' '}
                {alert.breached ? 'was due' : 'due'} <time dateTime={alert.dueAt}>{formatDateTime(alert.dueAt)}</time>
                <span className="muted">
                  {' '}
                  · {alert.ticket.subject} · alert at{' '}
                  <time dateTime={alert.changedAt}>{formatDateTime(alert.changedAt)}</time>
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
