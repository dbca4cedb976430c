import { oldestFirst, uniqueTickets } from '../../../console/src/queue/oldestFirst';
import { addAlerts } from '../../../console/src/queue/slaAlertLog';
import { defaultTeam, teamOptionLabel } from '../../../console/src/queue/teamChoice';

const row = (id: string, waitingSince: string, note = '') => ({ waitingSince, ticket: { id }, note });

describe('Team queue: order, paging and the team picker', () => {
  it('lists the longest waiting first, then by ticket number on a tie (tkt_9 before tkt_10)', () => {
    const rows = [
      row('tkt_10', '2026-12-07T08:00:00.000Z'),
      row('tkt_3', '2026-12-07T09:00:00.000Z'),
      row('tkt_9', '2026-12-07T08:00:00.000Z'),
      row('tkt_1', '2026-12-06T23:30:00.000Z'),
    ];
    expect(oldestFirst(rows).map((r) => r.ticket.id)).toEqual(['tkt_1', 'tkt_9', 'tkt_10', 'tkt_3']);
    expect(rows[0]?.ticket.id).toBe('tkt_10'); // a copy: the input stays as it was
  });

  it('keeps a ticket that two pages both listed once, as the later page had it', () => {
    const rows = uniqueTickets([
      row('tkt_1', '2026-12-07T08:00:00.000Z', 'page 1'),
      row('tkt_1', '2026-12-07T08:00:00.000Z', 'page 2'),
    ]);
    expect(rows).toEqual([row('tkt_1', '2026-12-07T08:00:00.000Z', 'page 2')]);
  });

  it('keeps SLA alerts newest first, each once, at most the limit', () => {
    let kept = addAlerts([], [{ id: 'a1' }, { id: 'a2' }]);
    expect(kept.map((a) => a.id)).toEqual(['a2', 'a1']);
    kept = addAlerts(kept, [{ id: 'a2' }, { id: 'a3' }, { id: 'a4' }], 3);
    expect(kept.map((a) => a.id)).toEqual(['a4', 'a3', 'a2']);
  });

  it('opens an agent on their own team and a team lead on the team with the most waiting', () => {
    const teams = [
      { code: 'billing', name: 'Billing' },
      { code: 'customer_care', name: 'Customer care' },
      { code: 'logistics_desk', name: 'Logistics desk' },
    ];
    const summaries = [
      { team: { code: 'billing' }, count: 0 },
      { team: { code: 'customer_care' }, count: 8 },
      { team: { code: 'logistics_desk' }, count: 8 },
    ];
    expect(defaultTeam({ role: 'agent', team: 'logistics_desk' }, undefined, undefined)).toBe('logistics_desk');
    expect(defaultTeam({ role: 'supervisor' }, teams, summaries)).toBe('customer_care');
    expect(defaultTeam({ role: 'supervisor' }, undefined, undefined)).toBeUndefined();
    expect(defaultTeam({ role: 'supervisor' }, teams, undefined)).toBe('billing');
  });

  it('labels each team with how many tickets wait, and an agent’s own team as theirs', () => {
    const summaries = [{ team: { code: 'logistics_desk' }, count: 4 }];
    expect(teamOptionLabel({ code: 'logistics_desk', name: 'Logistics desk' }, summaries, undefined)).toBe(
      'Logistics desk (4)',
    );
    expect(teamOptionLabel({ code: 'logistics_desk', name: 'Logistics desk' }, summaries, 'logistics_desk')).toBe(
      'Logistics desk (4, your team)',
    );
    expect(teamOptionLabel({ code: 'billing', name: 'Billing' }, undefined, undefined)).toBe('Billing');
  });
});
