import { useCallback, useState } from 'react';
import type { LiveMarks, LiveSection } from '../live/liveMarks';

export interface PageMarks {
  /** When a live change last touched each ticket (ms since the epoch), for its "Updated" mark. */
  tickets: Readonly<Record<string, number>>;
  sections: Readonly<Partial<Record<LiveSection, number>>>;
}

/** The "Updated" marks of the customer page: what the latest live changes touched, and when. */
export function useLiveMarks(): [PageMarks, (marks: LiveMarks) => void] {
  const [marks, setMarks] = useState<PageMarks>({ tickets: {}, sections: {} });
  const mark = useCallback((touched: LiveMarks) => {
    const at = Date.now();
    setMarks((previous) => ({
      tickets: { ...previous.tickets, ...Object.fromEntries(touched.ticketIds.map((id) => [id, at])) },
      sections: { ...previous.sections, ...Object.fromEntries(touched.sections.map((section) => [section, at])) },
    }));
  }, []);
  return [marks, mark];
}
