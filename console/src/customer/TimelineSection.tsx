import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { ConsoleTimelineDocument } from '../../../operations/__generated__/graphql';
import type { ConsoleTimelinePageFragment, SourceSystem } from '../../../operations/__generated__/graphql';
import { ChannelIcon } from '../ui/ChannelIcon';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDateTime, humanize } from '../ui/format';
import { UpdatedMark } from '../ui/UpdatedMark';
import { mergeTimelinePages } from './timelinePages';

const SYSTEMS: readonly { system: SourceSystem; label: string }[] = [
  { system: 'CRM', label: 'CRM' },
  { system: 'ORDERS', label: 'Orders' },
  { system: 'INVENTORY', label: 'Inventory' },
  { system: 'LOGISTICS', label: 'Logistics' },
  { system: 'TICKETS', label: 'Tickets' },
];
const PAGE_SIZE = 20;

/**
 * Everything that happened to the customer in any system, newest first. The first page comes with the page's own
 * query (no second request for the default view); filtering by system reads a first page of its own
 * (consoleTimeline), and "Load more" — clicked, or by itself once the button scrolls into view — the next ones.
 */
export function TimelineSection({
  customerId,
  firstPage,
  updatedAt,
}: {
  customerId: string;
  firstPage: ConsoleTimelinePageFragment | null | undefined;
  updatedAt: number | undefined;
}) {
  const client = useClient();
  const [chosen, setChosen] = useState<ReadonlySet<SourceSystem>>(() => new Set(SYSTEMS.map(({ system }) => system)));
  const filtered = chosen.size < SYSTEMS.length;
  const systems = useMemo(() => SYSTEMS.map(({ system }) => system).filter((system) => chosen.has(system)), [chosen]);
  const [filteredResult, reexecuteFiltered] = useQuery({
    query: ConsoleTimelineDocument,
    variables: { id: customerId, first: PAGE_SIZE, systems },
    pause: !filtered || systems.length === 0,
  });
  const first = filtered ? filteredResult.data?.customer?.timeline : firstPage;

  // a live change refreshes the filtered first page too (the page query refreshes the unfiltered one); only a new
  // change refetches, not a change of filters (the query's variables do that)
  const refreshFiltered = useRef(() => {});
  refreshFiltered.current = () => {
    if (filtered) reexecuteFiltered({ requestPolicy: 'network-only' });
  };
  useEffect(() => {
    if (updatedAt !== undefined) refreshFiltered.current();
  }, [updatedAt]);

  const [more, setMore] = useState<ConsoleTimelinePageFragment[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  // a page that arrives after the filters changed belongs to the old filters: dropped
  const generation = useRef(0);
  const merged = mergeTimelinePages(first, more);

  const toggle = (system: SourceSystem, on: boolean) => {
    generation.current += 1;
    setMore([]);
    setError(undefined);
    setLoading(false);
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(system);
      else next.delete(system);
      return next;
    });
  };

  const loadingRef = useRef(false);
  const loadMore = useCallback(() => {
    if (loadingRef.current || !merged.hasNextPage || !merged.endCursor) return;
    loadingRef.current = true;
    setLoading(true);
    const asked = generation.current;
    void client
      .query(
        ConsoleTimelineDocument,
        { id: customerId, first: PAGE_SIZE, after: merged.endCursor, systems: filtered ? systems : undefined },
        { requestPolicy: 'network-only' },
      )
      .toPromise()
      .then((result) => {
        loadingRef.current = false;
        if (asked !== generation.current) return;
        setLoading(false);
        setError(result.error);
        const page = result.data?.customer?.timeline;
        if (page) setMore((previous) => [...previous, page]);
      });
  }, [client, customerId, filtered, systems, merged.hasNextPage, merged.endCursor]);

  const inView = useInView<HTMLButtonElement>();
  useEffect(() => {
    // keeps loading while the button stays in view (a tall screen), and stops on an error until clicked again
    if (inView.visible && !loading && !error) loadMore();
  }, [inView.visible, loading, error, loadMore]);

  const waiting = filtered && systems.length > 0 && filteredResult.fetching && !filteredResult.data;
  return (
    <section className="customer-section panel" aria-labelledby="customer-timeline-heading">
      <div className="section-heading">
        <h2 id="customer-timeline-heading">Timeline</h2>
        <UpdatedMark at={updatedAt} />
      </div>
      <fieldset className="timeline-filters">
        <legend>Systems</legend>
        {SYSTEMS.map(({ system, label }) => (
          <label key={system} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(system)}
              onChange={(event) => toggle(system, event.target.checked)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {systems.length === 0 ? (
        <p className="muted">Choose at least one system to see its entries.</p>
      ) : waiting ? (
        <p className="loading" aria-busy="true">
          Loading the timeline…
        </p>
      ) : (
        <>
          <ErrorNotice error={filtered ? filteredResult.error : undefined} title="The timeline could not be loaded." />
          {first === null && !filtered && <p className="muted">The timeline could not be loaded.</p>}
          <p className="muted" aria-live="polite">
            {merged.entries.length === 0
              ? 'No entries.'
              : `Showing ${merged.entries.length} of ${merged.totalCount} entries.`}
          </p>
          <ol className="timeline" aria-label="Timeline entries">
            {merged.entries.map((entry) => (
              <li key={entry.id} className="timeline-entry">
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
                <span className={`badge system-${entry.system.toLowerCase()}`}>{systemLabel(entry.system)}</span>
                <span className="timeline-kind muted">{humanize(entry.kind)}</span>
                <span>
                  <ChannelIcon channel={entry.channel} />
                </span>
                <span className="timeline-summary">{entry.summary}</span>
              </li>
            ))}
          </ol>
          <ErrorNotice error={error} title="More entries could not be loaded." />
          {merged.hasNextPage && (
            <p className="load-more">
              <button
                ref={inView.ref}
                type="button"
                className="secondary"
                onClick={loadMore}
                disabled={loading}
                aria-busy={loading}
              >
                Load more
              </button>
              {loading && <span className="loading"> Loading more entries…</span>}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function systemLabel(system: SourceSystem): string {
  return SYSTEMS.find((candidate) => candidate.system === system)?.label ?? humanize(system);
}

/** Whether the element is on screen (IntersectionObserver), for loading the next page before it is asked for. */
function useInView<T extends Element>(): { ref: (element: T | null) => void; visible: boolean } {
  const [visible, setVisible] = useState(false);
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = undefined;
    setVisible(false);
    if (!element || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver((entries) => {
      setVisible(entries.some((entry) => entry.isIntersecting));
    });
    observer.current.observe(element);
  }, []);
  return { ref, visible };
}
