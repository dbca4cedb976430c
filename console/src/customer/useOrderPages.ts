import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { ConsoleCustomerOrdersDocument } from '../../../operations/__generated__/graphql';
import type {
  ConsoleCustomerOrderFragment,
  ConsoleCustomerOrderPageFragment,
} from '../../../operations/__generated__/graphql';

const PAGE_SIZE = 10;

export interface OrderPages {
  orders: ConsoleCustomerOrderFragment[];
  totalCount: number;
  hasNextPage: boolean;
  loading: boolean;
  error: CombinedError | undefined;
  loadMore(): void;
}

/**
 * The customer's orders: the page query's first ones, then those "Load more orders" fetched (consoleCustomerOrders,
 * after the last cursor). When a live change touched orders or parcels (`refreshAt`), the loaded later orders are
 * read again in one request, so a parcel event on an older order shows too.
 */
export function useOrderPages(
  customerId: string,
  first: ConsoleCustomerOrderPageFragment | null | undefined,
  refreshAt: number | undefined,
): OrderPages {
  const client = useClient();
  const [more, setMore] = useState<ConsoleCustomerOrderPageFragment | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const firstCursor = first?.pageInfo.endCursor ?? undefined;
  const moreRef = useRef(more);
  moreRef.current = more;

  const fetchAfter = useCallback(
    async (after: string | undefined, count: number) => {
      const result = await client
        .query(
          ConsoleCustomerOrdersDocument,
          { id: customerId, first: count, after },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      return { page: result.data?.customer?.orders ?? undefined, error: result.error };
    },
    [client, customerId],
  );

  const loadMore = useCallback(() => {
    const after = moreRef.current?.pageInfo.endCursor ?? firstCursor;
    if (!after || loading) return;
    setLoading(true);
    void fetchAfter(after, PAGE_SIZE).then(({ page, error: failed }) => {
      setLoading(false);
      setError(failed);
      if (!page) return;
      setMore((previous) => (previous ? { ...page, edges: [...previous.edges, ...page.edges] } : page));
    });
  }, [fetchAfter, firstCursor, loading]);

  useEffect(() => {
    const loaded = moreRef.current?.edges.length ?? 0;
    if (refreshAt === undefined || loaded === 0 || !firstCursor) return;
    let current = true;
    void fetchAfter(firstCursor, loaded).then(({ page }) => {
      if (current && page) setMore(page);
    });
    return () => {
      current = false;
    };
  }, [refreshAt, fetchAfter, firstCursor]);

  const seen = new Set<string>();
  const orders: ConsoleCustomerOrderFragment[] = [];
  for (const { node } of [...(first?.edges ?? []), ...(more?.edges ?? [])]) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    orders.push(node);
  }
  const last = more ?? first;
  return {
    orders,
    totalCount: first?.totalCount ?? orders.length,
    hasNextPage: last?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
  };
}
