const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;
/** At most 9 digits, so the value stays a safe integer; linear, anchored, no nested quantifiers. */
const DURATION = /^(\d{1,9})([smhd]?)$/;

/** `12h`, `90m`, `3600s`, `1d` or plain seconds (`3600`) → seconds; undefined for anything else. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  const unit = (match[2] || 's') as keyof typeof UNIT_SECONDS;
  return Number(match[1]) * UNIT_SECONDS[unit];
}

/** Seconds in the largest unit that divides them exactly (days from two on): 43200 → `12h`, 43201 → `43201s`. */
export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  for (const unit of ['d', 'h', 'm'] as const) {
    if (unit === 'd' && whole < 2 * UNIT_SECONDS.d) continue;
    if (whole !== 0 && whole % UNIT_SECONDS[unit] === 0) return `${whole / UNIT_SECONDS[unit]}${unit}`;
  }
  return `${whole}s`;
}
