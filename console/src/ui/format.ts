// Formatting shared by every page. Dates and numbers in the browser's locale; the graph sends ISO-8601 and Money.

export interface MoneyLike {
  amount: string;
  currency: string;
}

export function formatMoney(money: MoneyLike | null | undefined): string {
  if (!money) return '—';
  const amount = Number(money.amount);
  if (!Number.isFinite(amount)) return `${money.amount} ${money.currency}`;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency }).format(amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** 90 → "1 h 30 min", 3 days → "3 d 0 h": the precision a person reads at a glance. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  let minutes = Math.round(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const text = days > 0 ? `${days} d ${hours} h` : hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
  return negative ? `-${text}` : text;
}

/** "in 25 min" / "3 h 10 min ago", relative to `now`. */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const delta = at - now;
  return delta >= 0 ? `in ${formatDuration(delta)}` : `${formatDuration(-delta)} ago`;
}

/** SHOUTING_ENUMS → "Shouting enums". */
export function humanize(value: string | null | undefined): string {
  if (!value) return '—';
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
