import { formatCountdown, slaCountdowns } from '../../../console/src/queue/slaCountdown';

const NOW = Date.parse('2026-12-07T10:00:00.000Z');
const MIN = 60_000;
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();

describe('Team queue: SLA countdowns', () => {
  it('rounds spans down, with seconds only under 10 minutes', () => {
    expect(formatCountdown(0)).toBe('0 s');
    expect(formatCountdown(45_900)).toBe('45 s');
    expect(formatCountdown(272_000)).toBe('4 min 32 s');
    expect(formatCountdown(9 * MIN + 5_000)).toBe('9 min 05 s');
    expect(formatCountdown(12.9 * MIN)).toBe('12 min');
    expect(formatCountdown(185 * MIN)).toBe('3 h 5 min');
    expect(formatCountdown(50 * 60 * MIN)).toBe('2 d 2 h');
    expect(formatCountdown(-5_000)).toBe('0 s');
  });

  it('lists the first response while nobody answered, then the resolution, soonest first', () => {
    const countdowns = slaCountdowns(
      { firstResponseDueAt: at(12 * MIN + 30_000), firstRespondedAt: null, slaDueAt: at(5 * 60 * MIN) },
      NOW,
    );
    expect(countdowns.map(({ deadline, text, tone }) => ({ deadline, text, tone }))).toEqual([
      { deadline: 'FIRST_RESPONSE', text: 'due in 12 min', tone: 'warn' },
      { deadline: 'RESOLUTION', text: 'due in 5 h 0 min', tone: 'plain' },
    ]);
  });

  it('puts a missed deadline first, as breached, in danger style', () => {
    const [first, second] = slaCountdowns(
      { firstResponseDueAt: at(-3 * 60 * MIN), firstRespondedAt: null, slaDueAt: at(20 * 60 * MIN) },
      NOW,
    );
    expect(first).toMatchObject({
      deadline: 'FIRST_RESPONSE',
      breached: true,
      text: 'breached 3 h 0 min ago',
      tone: 'danger',
    });
    expect(second).toMatchObject({ deadline: 'RESOLUTION', breached: false, tone: 'plain' });
  });

  it('drops the first response once it was sent, leaving the resolution', () => {
    const countdowns = slaCountdowns(
      { firstResponseDueAt: at(-60 * MIN), firstRespondedAt: at(-90 * MIN), slaDueAt: at(-6 * 60 * MIN) },
      NOW,
    );
    expect(countdowns).toHaveLength(1);
    expect(countdowns[0]).toMatchObject({ deadline: 'RESOLUTION', text: 'breached 6 h 0 min ago', tone: 'danger' });
  });

  it('ticks without asking the server: the same ticket a second later counts down by a second', () => {
    const ticket = { firstResponseDueAt: at(5 * MIN), firstRespondedAt: null, slaDueAt: at(8 * 60 * MIN) };
    expect(slaCountdowns(ticket, NOW)[0]?.text).toBe('due in 5 min 00 s');
    expect(slaCountdowns(ticket, NOW + 1000)[0]?.text).toBe('due in 4 min 59 s');
    expect(slaCountdowns(ticket, NOW + 5 * MIN + 1000)[0]?.text).toBe('breached 1 s ago');
  });

  it('warns within the at-risk hour and not before', () => {
    const tone = (dueInMs: number) =>
      slaCountdowns({ firstResponseDueAt: at(dueInMs), firstRespondedAt: null, slaDueAt: at(99 * 60 * MIN) }, NOW)[0]
        ?.tone;
    expect(tone(60 * MIN)).toBe('warn');
    expect(tone(60 * MIN + 1000)).toBe('plain');
  });

  it('skips a due time it cannot read rather than showing NaN', () => {
    expect(slaCountdowns({ firstResponseDueAt: 'soon', firstRespondedAt: null, slaDueAt: at(MIN) }, NOW)).toHaveLength(
      1,
    );
  });
});
