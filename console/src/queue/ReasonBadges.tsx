import type { UnattendedReason } from '../../../operations/__generated__/graphql';
import { badgeClass, reasonLabel } from './reasonLabels';

/** Why a ticket waits, as text badges ("SLA breached"); the colour only repeats what the text says. */
export function ReasonBadges({ reasons }: { reasons: readonly UnattendedReason[] }) {
  return (
    <ul className="reason-badges">
      {reasons.map((reason) => {
        const label = reasonLabel(reason);
        return (
          <li key={reason} className={badgeClass(label.tone)}>
            {label.text}
          </li>
        );
      })}
    </ul>
  );
}
