import { useEffect, useState } from 'react';

/** The time now, in ms, renewed every `intervalMs`: what the SLA countdowns tick with. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
