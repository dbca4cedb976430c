import { formatDateTime } from '../ui/format';
import { badgeClass } from './reasonLabels';
import { deadlineLabel, slaCountdowns } from './slaCountdown';
import type { SlaTimes } from './slaCountdown';

/**
 * A ticket's open SLA deadlines, soonest first ("First response breached 2 h ago", "Resolution due in 12 min"),
 * recomputed from the due times at every tick of `now`. Not a live region: a countdown read out every second would
 * drown everything else; the SLA alerts section announces deadlines as they come.
 */
export function SlaCountdowns({ ticket, now }: { ticket: SlaTimes; now: number }) {
  return (
    <ul className="sla-countdowns">
      {slaCountdowns(ticket, now).map((countdown, index) => (
        <li key={countdown.deadline} className={index === 0 ? 'sla-next' : 'muted'}>
          {deadlineLabel(countdown.deadline)}{' '}
          <time
            dateTime={countdown.dueAt}
            title={formatDateTime(countdown.dueAt)}
            className={countdown.tone === 'plain' ? undefined : badgeClass(countdown.tone)}
          >
            {countdown.text}
          </time>
        </li>
      ))}
    </ul>
  );
}
