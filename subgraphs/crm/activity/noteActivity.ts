import type { ActivityEvent } from '../../shared';
import type { NoteRow } from '../data/rows';

/** Long notes are cut in the timeline: the summary is one line, the full note is under `Customer.notes`. */
const SUMMARY_BODY_LENGTH = 120;

/** CRM's own contribution to the timeline: one NOTE_ADDED event per agent note. */
export function noteActivity(note: NoteRow): ActivityEvent {
  const oneLine = note.body.replace(/\s+/g, ' ').trim();
  const body = oneLine.length > SUMMARY_BODY_LENGTH ? `${oneLine.slice(0, SUMMARY_BODY_LENGTH - 1)}…` : oneLine;
  return {
    id: `crm:${note.id}:added`,
    occurredAt: note.createdAt,
    kind: 'NOTE_ADDED',
    summary: `Note by ${note.author}: ${body}`,
    orderId: null,
    shipmentId: null,
    ticketId: null,
    channel: null,
  };
}
