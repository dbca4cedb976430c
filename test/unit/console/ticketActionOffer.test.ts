import { consultedTeams, offeredActions } from '../../../console/src/actions/offeredActions';
import type { Identity } from '../../../console/src/auth/identity';
import type { ActionTicket } from '../../../console/src/actions/ticketAction';

const agent: Identity = { userId: 'agt_1', role: 'agent', team: 'customer_care' };
const supervisor: Identity = { userId: 'sup_dev', role: 'supervisor' };
const analyst: Identity = { userId: 'ana_dev', role: 'analyst' };

function ticket(overrides: Partial<ActionTicket> = {}): ActionTicket {
  return { id: 'tkt_9', number: 'T-100009', status: 'OPEN', team: { code: 'customer_care' }, ...overrides };
}

const consult = (team: string) => ({ kind: 'CONSULT', toTeam: { code: team } });
const transfer = (team: string) => ({ kind: 'TRANSFER', toTeam: { code: team } });

describe('Ticket actions: which buttons a ticket offers', () => {
  it('offers an agent the work on an open ticket of their team, Take while someone else (or nobody) has it', () => {
    expect(offeredActions(ticket(), agent).actions).toEqual([
      'reply',
      'note',
      'take',
      'transfer',
      'consult',
      'resolve',
    ]);
    expect(offeredActions(ticket({ assignee: { id: 'agt_2' } }), agent).actions).toContain('take');
    expect(offeredActions(ticket({ assignee: { id: 'agt_1' } }), agent).actions).not.toContain('take');
  });

  it('offers the same for every open status, and Reopen (not Resolve, Transfer or Take) once resolved', () => {
    for (const status of ['NEW', 'OPEN', 'PENDING_CUSTOMER']) {
      expect(offeredActions(ticket({ status }), agent).actions).toContain('resolve');
    }
    expect(offeredActions(ticket({ status: 'RESOLVED' }), agent).actions).toEqual(['reply', 'note', 'reopen']);
    expect(offeredActions(ticket({ status: 'RESOLVED' }), supervisor).actions).toEqual(['reply', 'note', 'reopen']);
  });

  it('offers nothing on a closed ticket, which the server no longer changes, and says so', () => {
    expect(offeredActions(ticket({ status: 'CLOSED' }), agent)).toMatchObject({ actions: [], closed: true });
    expect(offeredActions(ticket({ status: 'CLOSED' }), supervisor)).toMatchObject({ actions: [], closed: true });
  });

  it("keeps an agent out of another team's ticket, except to answer a consultation addressed to their team", () => {
    const elsewhere = ticket({ team: { code: 'billing' } });
    expect(offeredActions(elsewhere, agent)).toEqual({
      actions: [],
      ownedElsewhere: true,
      answerableConsults: [],
      closed: false,
    });
    const askedUs = ticket({
      team: { code: 'billing' },
      handoffs: [consult('logistics_desk'), consult('customer_care')],
    });
    expect(offeredActions(askedUs, agent)).toEqual({
      actions: ['answerConsult'],
      ownedElsewhere: true,
      answerableConsults: ['customer_care'],
      closed: false,
    });
    // a transfer is not a question: nothing to answer
    expect(
      offeredActions(ticket({ team: { code: 'billing' }, handoffs: [transfer('customer_care')] }), agent).actions,
    ).toEqual([]);
  });

  it('offers no consultation answer once the ticket is resolved', () => {
    const resolved = ticket({ team: { code: 'billing' }, status: 'RESOLVED', handoffs: [consult('customer_care')] });
    expect(offeredActions(resolved, agent).actions).toEqual([]);
  });

  it('lets a team lead act on every team: Assign instead of Take, and answer any consulted team', () => {
    const consulted = ticket({ team: { code: 'billing' }, handoffs: [consult('logistics_desk'), consult('returns')] });
    expect(offeredActions(consulted, supervisor)).toEqual({
      actions: ['reply', 'note', 'assign', 'transfer', 'consult', 'answerConsult', 'resolve'],
      ownedElsewhere: false,
      answerableConsults: ['logistics_desk', 'returns'],
      closed: false,
    });
  });

  it('offers nothing to analysts or when nobody is signed in', () => {
    expect(offeredActions(ticket(), analyst).actions).toEqual([]);
    expect(offeredActions(ticket(), undefined).actions).toEqual([]);
  });

  it('lists each consulted team once, in the order they were asked', () => {
    expect(
      consultedTeams({
        handoffs: [consult('billing'), transfer('returns'), consult('logistics_desk'), consult('billing')],
      }),
    ).toEqual(['billing', 'logistics_desk']);
    expect(consultedTeams({ handoffs: null })).toEqual([]);
  });
});
