// The timeline the page shows: the first page (the page query's, or a filtered one) followed by the pages "Load
// more" fetched since. A live update refreshes the first page while later pages stay: newer entries push older ones
// off the first page onto what a later page already holds, so entries are kept once each, first seen first.

export interface TimelinePage<E extends { id: string }> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null | undefined };
  edges: readonly { node: E }[];
}

export interface MergedTimeline<E> {
  entries: E[];
  totalCount: number;
  hasNextPage: boolean;
  /** The cursor "Load more" continues after: the last page's. */
  endCursor: string | undefined;
}

export function mergeTimelinePages<E extends { id: string }>(
  first: TimelinePage<E> | null | undefined,
  more: readonly TimelinePage<E>[],
): MergedTimeline<E> {
  const pages = first ? [first, ...more] : [...more];
  const seen = new Set<string>();
  const entries: E[] = [];
  for (const page of pages) {
    for (const { node } of page.edges) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      entries.push(node);
    }
  }
  const last = pages[pages.length - 1];
  return {
    entries,
    // the first page is the freshest count (a live update may have added entries since later pages were read)
    totalCount: pages[0]?.totalCount ?? 0,
    hasNextPage: last?.pageInfo.hasNextPage ?? false,
    endCursor: last?.pageInfo.endCursor ?? undefined,
  };
}
