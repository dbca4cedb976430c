import { mergeTimelinePages } from '../../../console/src/customer/timelinePages';

function page(ids: string[], { hasNextPage = true, totalCount = 50 } = {}) {
  return {
    totalCount,
    pageInfo: { hasNextPage, endCursor: ids.length > 0 ? `cursor-${ids[ids.length - 1]}` : null },
    edges: ids.map((id) => ({ node: { id } })),
  };
}

describe('Customer page: the timeline across pages', () => {
  it('follows the first page with the later ones, continuing after the last page', () => {
    const merged = mergeTimelinePages(page(['e1', 'e2']), [page(['e3', 'e4']), page(['e5'], { hasNextPage: false })]);
    expect(merged.entries.map((entry) => entry.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(merged).toMatchObject({ hasNextPage: false, endCursor: 'cursor-e5', totalCount: 50 });
  });

  it('keeps each entry once when a live refresh pushed entries of the first page onto a later one', () => {
    // e0 is new: the refreshed first page now ends at e1, and e2 (already on page two's side) is not repeated
    const refreshed = page(['e0', 'e1', 'e2'], { totalCount: 51 });
    const merged = mergeTimelinePages(refreshed, [page(['e3', 'e4'])]);
    expect(merged.entries.map((entry) => entry.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(merged.totalCount).toBe(51);
    expect(merged.endCursor).toBe('cursor-e4');
  });

  it('is empty, with nothing to load, before any page arrived', () => {
    expect(mergeTimelinePages(undefined, [])).toEqual({
      entries: [],
      totalCount: 0,
      hasNextPage: false,
      endCursor: undefined,
    });
  });
});
