import type { Queryable } from '../../subgraphs/shared/db';

/** The id sequences of each schema that has them, and the table whose `<prefix>_<n>` ids each one hands out. */
const SEQUENCES = {
  tickets: [
    { sequence: 'tickets.ticket_id_seq', table: 'tickets.tickets' },
    { sequence: 'tickets.message_id_seq', table: 'tickets.messages' },
    { sequence: 'tickets.handoff_id_seq', table: 'tickets.handoffs' },
    { sequence: 'tickets.event_id_seq', table: 'tickets.ticket_events' },
  ],
  crm: [{ sequence: 'crm.note_id_seq', table: 'crm.notes' }],
} as const;

/**
 * Moves each id sequence of `schema` past the largest id the seeder wrote, so the next ticket, message, hand-off,
 * event or CRM note the mutations create gets a fresh id instead of a primary-key violation. On empty tables the
 * sequence starts again at 1.
 */
export async function advanceSequences(db: Queryable, schema: keyof typeof SEQUENCES = 'tickets'): Promise<void> {
  for (const { sequence, table } of SEQUENCES[schema]) {
    await db.query(
      `SELECT setval('${sequence}', coalesce(max(substring(id FROM '[0-9]+$')::bigint), 1),
                     max(substring(id FROM '[0-9]+$')::bigint) IS NOT NULL)
         FROM ${table}`,
    );
  }
}
