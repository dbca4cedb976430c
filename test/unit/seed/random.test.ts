import { Random } from '../../../stack/seed/random';

describe('Random', () => {
  it('repeats the same sequence for the same seeds and a different one for other seeds', () => {
    const draw = (...seeds: number[]) => {
      const r = new Random(...seeds);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(42, 1)).toEqual(draw(42, 1));
    expect(draw(42, 1)).not.toEqual(draw(42, 2));
    expect(draw(42, 1)).not.toEqual(draw(43, 1));
  });

  it('keeps int, dateBetween and sample inside their bounds', () => {
    const r = new Random(1);
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-02-01T00:00:00Z');
    for (let i = 0; i < 2000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      const at = r.dateBetween(from, to).getTime();
      expect(at >= from.getTime() && at < to.getTime()).toBe(true);
    }
    const picked = r.sample([1, 2, 3, 4], 3);
    expect(new Set(picked).size).toBe(3);
    expect(r.digits(6)).toMatch(/^\d{6}$/);
  });

  it('picks weighted values in proportion to their weights', () => {
    const r = new Random(9);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++)
      if (
        r.weighted([
          ['a', 9],
          ['b', 1],
        ] as const) === 'a'
      )
        heavy++;
    expect(heavy / 10_000).toBeCloseTo(0.9, 1);
  });
});
