import { useEffect, useState } from 'react';

/** A visible "Updated" mark for `ms` after `at` changes (a live event changed what is beside it). */
export function UpdatedMark({ at, ms = 10_000 }: { at: number | undefined; ms?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (at === undefined) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), ms);
    return () => clearTimeout(timer);
  }, [at, ms]);
  return visible ? (
    <span className="updated-mark" role="status">
      Updated
    </span>
  ) : null;
}
