/** The things an agent or team lead can do to a ticket from the console, in the order their buttons appear. */
export const TICKET_ACTIONS = [
  'reply',
  'note',
  'take',
  'assign',
  'transfer',
  'consult',
  'answerConsult',
  'resolve',
  'reopen',
] as const;

export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** Button names: the e2e tests and screen-reader users find the actions by these, so they never change. */
export const ACTION_LABELS: Readonly<Record<TicketAction, string>> = {
  reply: 'Reply',
  note: 'Internal note',
  take: 'Take',
  assign: 'Assign',
  transfer: 'Transfer',
  consult: 'Consult',
  answerConsult: 'Answer consult',
  resolve: 'Resolve',
  reopen: 'Reopen',
};

/** What the actions need to know about a ticket (the customer page passes more; these fields decide). */
export interface ActionTicket {
  id: string;
  number: string;
  status: string;
  team: { code: string };
  /** The channel the ticket came in on: the reply's default channel. */
  channel?: string | null | undefined;
  assignee?: { id: string } | null | undefined;
  handoffs?: readonly { kind: string; toTeam: { code: string } }[] | null | undefined;
}
