/**
 * The text fields of the ticket action forms and their limits — the tickets subgraph's (commands/input.ts:
 * BODY_MAX, REASON_MAX) — so a mistake is caught before the request, with a message that says what to write.
 */
export const TEXT_FIELDS = {
  message: { max: 10_000, empty: 'Write the reply before sending it.' },
  note: { max: 10_000, empty: 'Write the note before adding it.' },
  transferReason: {
    max: 500,
    empty: 'Give a reason for the transfer: the team that gets the ticket reads it first.',
  },
  question: { max: 10_000, empty: 'Write the question for the team you consult.' },
  answer: { max: 10_000, empty: 'Write the answer before sending it.' },
  reopenReason: { max: 500, empty: 'Give a reason for reopening the ticket.' },
} as const satisfies Record<string, { max: number; empty: string }>;

export type TextFieldName = keyof typeof TEXT_FIELDS;

/** Why `value` cannot be sent as `field`, in words for the person typing; undefined when it can. */
export function textProblem(field: TextFieldName, value: string): string | undefined {
  const rule = TEXT_FIELDS[field];
  const length = value.trim().length;
  if (length === 0) return rule.empty;
  if (length > rule.max) return `This is ${length} characters long; shorten it to at most ${rule.max}.`;
  return undefined;
}
