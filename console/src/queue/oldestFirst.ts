/** What the queue is ordered by. */
export interface Waiting {
  waitingSince: string;
  ticket: { id: string };
}

/**
 * The queue oldest first, as the API documents it (by `waitingSince`, then ticket id), applied again in the browser:
 * pages loaded one after the other, and a row whose wait changed, must still read top to bottom. Ids compare by
 * their number (`tkt_9` before `tkt_10`). Returns a new array.
 */
export function oldestFirst<Row extends Waiting>(rows: readonly Row[]): Row[] {
  return [...rows].sort(
    (a, b) => Date.parse(a.waitingSince) - Date.parse(b.waitingSince) || compareIds(a.ticket.id, b.ticket.id),
  );
}

function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Rows with one ticket each: a ticket seen on two pages (the list moved between them) is kept once, the later. */
export function uniqueTickets<Row extends Waiting>(rows: readonly Row[]): Row[] {
  return [...new Map(rows.map((row) => [row.ticket.id, row])).values()];
}
