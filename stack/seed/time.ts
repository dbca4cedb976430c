export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** `date` moved by `ms` (negative moves back). */
export function plus(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

export function earliest(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/**
 * The instant the data is generated "as of" when none is given: the current hour with minutes cut off, so open
 * tickets and parcels in transit look live today, while two runs within the same hour still produce the same rows.
 * Pass `--as-of` to pin it (screenshots, saved operations that mention dates).
 */
export function defaultAsOf(now: Date): Date {
  const asOf = new Date(now.getTime());
  asOf.setUTCMinutes(0, 0, 0);
  return asOf;
}
