import {
  badgeClass,
  countReasons,
  reasonLabel,
  reasonSummary,
  REASON_ORDER,
} from '../../../console/src/queue/reasonLabels';

describe('Team queue: reason badges and the summary line', () => {
  it('names every reason in words, a breached SLA in danger style and one at risk as a warning', () => {
    expect(
      REASON_ORDER.map((reason) => [reason, reasonLabel(reason).text, badgeClass(reasonLabel(reason).tone)]),
    ).toEqual([
      ['UNASSIGNED', 'Unassigned', 'badge'],
      ['NO_FIRST_RESPONSE', 'First response overdue', 'badge badge-danger'],
      ['SLA_BREACHED', 'SLA breached', 'badge badge-danger'],
      ['SLA_AT_RISK', 'SLA at risk', 'badge badge-warn'],
      ['CONSULT_WAITING', 'Consult waiting', 'badge badge-warn'],
    ]);
  });

  it('shows a reason this build does not know by its name', () => {
    expect(reasonLabel('ON_FIRE' as never)).toEqual({ text: 'ON_FIRE', tone: 'plain' });
  });

  it('sums up the queue by reason in schema order, leaving out reasons no ticket has', () => {
    expect(
      reasonSummary(8, [
        { reason: 'SLA_BREACHED', count: 3 },
        { reason: 'UNASSIGNED', count: 2 },
        { reason: 'SLA_AT_RISK', count: 0 },
        { reason: 'CONSULT_WAITING', count: 1 },
      ]),
    ).toBe('8 unattended: 2 unassigned · 3 SLA breached · 1 consult waiting');
    expect(reasonSummary(0, [])).toBe('Nothing unattended.');
  });

  it('counts the reasons of the rows at hand, a ticket under each of its reasons', () => {
    const counts = countReasons([{ reasons: ['UNASSIGNED', 'NO_FIRST_RESPONSE'] }, { reasons: ['UNASSIGNED'] }]);
    expect(counts.filter(({ count }) => count > 0)).toEqual([
      { reason: 'UNASSIGNED', count: 2 },
      { reason: 'NO_FIRST_RESPONSE', count: 1 },
    ]);
  });
});
