// Where a live change shows on the customer page: beside the ticket it concerns (matched by id), or beside the
// section that holds it (orders, parcels, notes), and the timeline, which lists most changes as entries.

import type { LiveChangeKind } from '../../../operations/__generated__/graphql';

export type LiveSection = 'orders' | 'parcels' | 'notes' | 'tickets' | 'timeline';

export interface LiveChangeLike {
  kind: string;
  ticket?: { id: string } | null | undefined;
  order?: { id: string } | null | undefined;
  shipment?: { id: string } | null | undefined;
}

export interface LiveMarks {
  ticketIds: string[];
  sections: LiveSection[];
}

function sectionsOf(kind: LiveChangeKind): LiveSection[] {
  switch (kind) {
    case 'TICKET_OPENED':
      return ['tickets', 'timeline'];
    case 'TICKET_MESSAGE_ADDED':
    case 'TICKET_ASSIGNED':
    case 'TICKET_TRANSFERRED':
    case 'TICKET_CONSULTED':
    case 'CONSULTATION_ANSWERED':
    case 'TICKET_RESOLVED':
    case 'TICKET_REOPENED':
      return ['timeline'];
    case 'ORDER_CANCELLED':
      return ['orders', 'timeline'];
    case 'SHIPMENT_EVENT_RECORDED':
      return ['parcels', 'timeline'];
    case 'CUSTOMER_NOTE_ADDED':
      return ['notes', 'timeline'];
    // a deadline or a queue move changes the ticket's badges, not the customer's story
    case 'SLA_DEADLINE':
    case 'TEAM_QUEUE_CHANGED':
      return [];
    default:
      return unknownKind(kind);
  }
}

/** A kind added to the schema after this console was built: its ticket is still marked, no section. */
function unknownKind(kind: never): LiveSection[] {
  void kind;
  return [];
}

/** The tickets and sections one emission's changes touched, each once. */
export function liveMarks(changes: readonly LiveChangeLike[]): LiveMarks {
  const ticketIds = new Set<string>();
  const sections = new Set<LiveSection>();
  for (const change of changes) {
    if (change.ticket) ticketIds.add(change.ticket.id);
    for (const section of sectionsOf(change.kind as LiveChangeKind)) sections.add(section);
  }
  return { ticketIds: [...ticketIds], sections: [...sections] };
}
