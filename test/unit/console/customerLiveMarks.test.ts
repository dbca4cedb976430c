import { liveMarks } from '../../../console/src/live/liveMarks';

describe('Customer page: where a live change is marked "Updated"', () => {
  it('marks the ticket a message or hand-off concerns, and the timeline', () => {
    expect(
      liveMarks([
        { kind: 'TICKET_MESSAGE_ADDED', ticket: { id: 'tkt_1' } },
        { kind: 'TICKET_TRANSFERRED', ticket: { id: 'tkt_1' } },
        { kind: 'TICKET_CONSULTED', ticket: { id: 'tkt_2' } },
      ]),
    ).toEqual({ ticketIds: ['tkt_1', 'tkt_2'], sections: ['timeline'] });
  });

  it('marks the parcels for a tracking event, the orders for a cancellation, the notes for a CRM note', () => {
    expect(liveMarks([{ kind: 'SHIPMENT_EVENT_RECORDED', shipment: { id: 'shp_1' }, order: { id: 'ord_1' } }])).toEqual(
      { ticketIds: [], sections: ['parcels', 'timeline'] },
    );
    expect(liveMarks([{ kind: 'ORDER_CANCELLED', order: { id: 'ord_1' } }]).sections).toEqual(['orders', 'timeline']);
    expect(liveMarks([{ kind: 'CUSTOMER_NOTE_ADDED' }]).sections).toEqual(['notes', 'timeline']);
  });

  it('marks a new ticket and the tickets section; a deadline only its ticket', () => {
    expect(liveMarks([{ kind: 'TICKET_OPENED', ticket: { id: 'tkt_9' } }])).toEqual({
      ticketIds: ['tkt_9'],
      sections: ['tickets', 'timeline'],
    });
    expect(liveMarks([{ kind: 'SLA_DEADLINE', ticket: { id: 'tkt_1' } }])).toEqual({
      ticketIds: ['tkt_1'],
      sections: [],
    });
  });

  it('still marks the ticket of a change kind this console does not know yet', () => {
    expect(liveMarks([{ kind: 'TICKET_MERGED', ticket: { id: 'tkt_3' } }])).toEqual({
      ticketIds: ['tkt_3'],
      sections: [],
    });
  });
});
