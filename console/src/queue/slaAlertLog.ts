/** How many alerts the page keeps: enough for a shift's glance, bounded for a page left open for days. */
export const MAX_ALERTS = 50;

/**
 * The alerts kept so far with a new batch added: newest first, each alert once (a batch replayed after a reconnect
 * repeats none, but a resync may), at most `max`. Batches list their alerts oldest first.
 */
export function addAlerts<Alert extends { id: string }>(
  kept: readonly Alert[],
  batch: readonly Alert[],
  max = MAX_ALERTS,
): Alert[] {
  const seen = new Set(kept.map((alert) => alert.id));
  const fresh = [...batch].reverse().filter((alert) => {
    if (seen.has(alert.id)) return false;
    seen.add(alert.id);
    return true;
  });
  return [...fresh, ...kept].slice(0, max);
}
