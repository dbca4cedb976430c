import type { UnattendedReason } from '../../../operations/__generated__/graphql';

/** How a badge looks: colour backs up the text, never replaces it. */
export type BadgeTone = 'danger' | 'warn' | 'plain';

/** How many tickets carry one reason (`ReasonCount` in the schema). */
export interface ReasonCount {
  reason: UnattendedReason;
  count: number;
}

interface ReasonLabel {
  text: string;
  tone: BadgeTone;
}

/** Every reason, in the order of `UnattendedReason` in the schema (the order the API lists a ticket's reasons in). */
export const REASON_ORDER: readonly UnattendedReason[] = [
  'UNASSIGNED',
  'NO_FIRST_RESPONSE',
  'SLA_BREACHED',
  'SLA_AT_RISK',
  'CONSULT_WAITING',
];

// a promise already broken (the customer got no answer in time, the SLA passed) is danger; one about to be, warn
const LABELS: Record<UnattendedReason, ReasonLabel> = {
  UNASSIGNED: { text: 'Unassigned', tone: 'plain' },
  NO_FIRST_RESPONSE: { text: 'First response overdue', tone: 'danger' },
  SLA_BREACHED: { text: 'SLA breached', tone: 'danger' },
  SLA_AT_RISK: { text: 'SLA at risk', tone: 'warn' },
  CONSULT_WAITING: { text: 'Consult waiting', tone: 'warn' },
};

/** The badge text and tone of a reason. A reason this build does not know yet is shown by its name. */
export function reasonLabel(reason: UnattendedReason): ReasonLabel {
  return LABELS[reason] ?? { text: reason, tone: 'plain' };
}

/** The CSS classes of a badge of `tone` (styles.css). */
export function badgeClass(tone: BadgeTone): string {
  return tone === 'plain' ? 'badge' : `badge badge-${tone}`;
}

/**
 * The summary line above the list: "8 unattended: 2 unassigned · 3 SLA breached", reasons in schema order, those
 * with no ticket left out (a ticket with two reasons counts under both, so the parts may add up to more).
 */
export function reasonSummary(total: number, byReason: readonly ReasonCount[]): string {
  if (total === 0) return 'Nothing unattended.';
  const counts = new Map(byReason.map(({ reason, count }) => [reason, count]));
  const parts = REASON_ORDER.flatMap((reason) => {
    const count = counts.get(reason) ?? 0;
    return count > 0 ? [`${count} ${reasonLabel(reason).text.toLowerCase().replace(/^sla/, 'SLA')}`] : [];
  });
  return `${total} unattended${parts.length > 0 ? `: ${parts.join(' · ')}` : ''}`;
}

/** Counts by reason of the rows at hand, for when the server's per-team summary is not loaded. */
export function countReasons(rows: readonly { reasons: readonly UnattendedReason[] }[]): ReasonCount[] {
  return REASON_ORDER.map((reason) => ({
    reason,
    count: rows.filter((row) => row.reasons.includes(reason)).length,
  }));
}
