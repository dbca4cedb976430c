/**
 * Keeps a metric label's set of values bounded: the first `max` distinct values pass as they are, later new ones
 * become `overflow`. Every label value is a time series in Prometheus; a client sending a fresh operation name per
 * request must not be able to grow the gateway's memory and the scraper's storage without end.
 */
export function labelCap(max: number, overflow = 'other'): (value: string) => string {
  const seen = new Set<string>();
  return (value) => {
    if (seen.has(value)) return value;
    if (seen.size >= max) return overflow;
    seen.add(value);
    return value;
  };
}
