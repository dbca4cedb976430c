import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { CombinedError, OperationResult } from '@urql/core';
import { ConsoleQueueTicketsDocument } from '../../../operations/__generated__/graphql';
import type { ConsoleQueueTicketsQuery } from '../../../operations/__generated__/graphql';
import { oldestFirst, uniqueTickets } from './oldestFirst';

/** One unattended ticket as the page shows it. */
export type QueueRow = ConsoleQueueTicketsQuery['unattendedTickets']['edges'][number]['node'];

/** Tickets per page: the first 50 show at once, "Load more" adds 50 at a time. */
export const PAGE_SIZE = 50;

export interface TeamQueue {
  rows: QueueRow[];
  totalCount: number;
  hasMore: boolean;
  /** Nothing loaded yet. */
  loading: boolean;
  /** "Load more" is running (the rows shown stay until it is done). */
  loadingMore: boolean;
  error: CombinedError | undefined;
  /** Reads every page shown again from the server (after a live event or a write). */
  refresh(): void;
  /** Shows the next page too. */
  loadMore(): void;
  /** Takes a ticket off the list at once (it left the queue), before the refresh confirms it. */
  drop(ticketId: string): void;
}

interface Loaded {
  rows: QueueRow[];
  totalCount: number;
  hasMore: boolean;
  error: CombinedError | undefined;
}

/**
 * A team's unattended tickets, oldest first, as many pages as the person asked for. Every refresh reads all of them
 * again from the network: urql's cache cannot tell that a write elsewhere moved a ticket out of this list. A refresh
 * started later wins over one still running, so the list never goes back to an older state.
 */
export function useTeamQueue(team: string): TeamQueue {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const pages = useRef(1);
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    void (async () => {
      const rows: QueueRow[] = [];
      let after: string | null = null;
      let result: Loaded = { rows, totalCount: 0, hasMore: false, error: undefined };
      for (let page = 0; page < pages.current; page++) {
        const answer: OperationResult<ConsoleQueueTicketsQuery> = await client
          .query(ConsoleQueueTicketsDocument, { team, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
          .toPromise();
        const connection = answer.data?.unattendedTickets;
        if (connection) rows.push(...connection.edges.map((edge) => edge.node));
        result = {
          rows,
          totalCount: connection?.totalCount ?? result.totalCount,
          hasMore: connection?.pageInfo.hasNextPage ?? false,
          error: answer.error ?? result.error,
        };
        after = connection?.pageInfo.endCursor ?? null;
        if (!connection?.pageInfo.hasNextPage) break;
      }
      if (mine !== generation.current) return;
      setLoaded({ ...result, rows: oldestFirst(uniqueTickets(result.rows)) });
      setLoadingMore(false);
    })();
  }, [client, team]);

  useEffect(() => {
    pages.current = 1;
    setLoaded(undefined);
    refresh();
  }, [refresh]);

  const loadMore = useCallback(() => {
    pages.current += 1;
    setLoadingMore(true);
    refresh();
  }, [refresh]);

  const drop = useCallback((ticketId: string) => {
    setLoaded((current) => {
      if (!current?.rows.some((row) => row.ticket.id === ticketId)) return current;
      const rows = current.rows.filter((row) => row.ticket.id !== ticketId);
      return { ...current, rows, totalCount: Math.max(rows.length, current.totalCount - 1) };
    });
  }, []);

  return {
    rows: loaded?.rows ?? [],
    totalCount: loaded?.totalCount ?? 0,
    hasMore: loaded?.hasMore ?? false,
    loading: loaded === undefined,
    loadingMore,
    error: loaded?.error,
    refresh,
    loadMore,
    drop,
  };
}
