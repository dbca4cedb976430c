import { customerSlaState, ticketSlaState } from '../../../console/src/customer/slaState';
import type { SlaTicket } from '../../../console/src/customer/slaState';

const NOW = Date.parse('2026-12-07T10:00:00.000Z');
const MIN = 60_000;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

function ticket(extra: Partial<SlaTicket> = {}): SlaTicket {
  return {
    number: 'T-1',
    status: 'OPEN',
    slaBreached: false,
    slaDueAt: at(3 * 24 * 60 * MIN),
    firstResponseDueAt: at(-60 * MIN),
    firstRespondedAt: at(-90 * MIN),
    ...extra,
  };
}

describe('Customer page: SLA state in the header', () => {
  it('says OK without open tickets, and when every deadline is far', () => {
    expect(customerSlaState([], NOW)).toEqual({ text: 'OK', tone: 'ok' });
    expect(customerSlaState([ticket()], NOW)).toEqual({ text: 'OK', tone: 'ok' });
  });

  it('counts breached tickets: by the server, by a resolution deadline passed, by an overdue first response', () => {
    const tickets = [
      ticket({ number: 'server', slaBreached: true }),
      ticket({ number: 'passed', slaDueAt: at(-MIN) }),
      ticket({ number: 'unanswered', firstRespondedAt: null, firstResponseDueAt: at(-5 * MIN) }),
      ticket({ number: 'fine' }),
    ];
    expect(customerSlaState(tickets, NOW)).toEqual({ text: '3 breached', tone: 'danger' });
  });

  it('names the nearest deadline when one is soon, amber within the hour', () => {
    expect(customerSlaState([ticket(), ticket({ slaDueAt: at(25 * MIN) })], NOW)).toEqual({
      text: 'due in 25 min',
      tone: 'warn',
    });
    expect(customerSlaState([ticket({ slaDueAt: at(150 * MIN) })], NOW)).toEqual({
      text: 'due in 2 h 30 min',
      tone: 'ok',
    });
  });

  it('counts a first response still owed as the next deadline', () => {
    const owed = ticket({ firstRespondedAt: null, firstResponseDueAt: at(40 * MIN) });
    expect(customerSlaState([owed], NOW)).toEqual({ text: 'due in 40 min', tone: 'warn' });
  });

  it('ignores resolved and closed tickets', () => {
    const resolved = ticket({ status: 'RESOLVED', slaBreached: true, slaDueAt: at(-MIN) });
    expect(customerSlaState([resolved, ticket({ status: 'CLOSED', slaDueAt: at(-MIN) })], NOW)).toEqual({
      text: 'OK',
      tone: 'ok',
    });
  });
});

describe("Customer page: a ticket's SLA in its header", () => {
  it('says which deadline comes next and when', () => {
    expect(ticketSlaState(ticket({ firstRespondedAt: null, firstResponseDueAt: at(20 * MIN) }), NOW)).toEqual({
      text: 'First response due in 20 min',
      tone: 'warn',
    });
    expect(ticketSlaState(ticket(), NOW)).toEqual({ text: 'Resolution due in 3 d 0 h', tone: 'ok' });
  });

  it('says breached, and for a closed ticket whether it was met', () => {
    expect(ticketSlaState(ticket({ slaDueAt: at(-MIN) }), NOW)).toEqual({ text: 'SLA breached', tone: 'danger' });
    expect(ticketSlaState(ticket({ status: 'RESOLVED', slaDueAt: at(-MIN) }), NOW)).toEqual({
      text: 'SLA met',
      tone: 'ok',
    });
    expect(ticketSlaState(ticket({ status: 'RESOLVED', slaBreached: true }), NOW)).toEqual({
      text: 'SLA breached',
      tone: 'danger',
    });
  });
});
