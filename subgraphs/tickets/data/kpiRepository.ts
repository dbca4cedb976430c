import type { Queryable } from '../../shared';
import type { Carrier, Channel, TicketCategory } from '../__generated__/resolvers-types';
import type { KpiFilter } from './kpiFilter';
import { COMPLAINT_CATEGORIES, IN_WINDOW, OPEN_STATUSES } from './kpiSql';

/** The figures of a window over its tickets, all from one statement. Durations in seconds. */
export interface KpiSummaryRow {
  ticketCount: number;
  firstResponseMedian: number | null;
  firstResponseP90: number | null;
  firstResponseCount: number;
  resolutionMedian: number | null;
  resolutionP90: number | null;
  resolutionCount: number;
  slaBreachRate: number | null;
  reopenRate: number | null;
  handoffsPerTicket: number | null;
  transfersPerTicket: number | null;
  consultsPerTicket: number | null;
  /** Every category, most tickets first, then by category. */
  volumeByCategory: { category: TicketCategory; count: number }[];
  /** Every channel, most tickets first, then by channel. */
  volumeByChannel: { channel: Channel; count: number }[];
}

export interface AgeBucketRow {
  label: string;
  fromHours: number;
  toHours: number | null;
  count: number;
}

/** The complaints of a window per product and per carrier, each most first, then by sku or carrier. */
export interface KpiComplaints {
  byProduct: { sku: string; tickets: number }[];
  byCarrier: { carrier: Carrier; tickets: number }[];
}

const CATEGORIES: readonly TicketCategory[] = ['DELIVERY', 'BILLING', 'PRODUCT_DEFECT', 'RETURN', 'ACCOUNT', 'OTHER'];
const CHANNELS: readonly Channel[] = ['CHAT', 'EMAIL', 'PHONE', 'SOCIAL', 'WEB_FORM'];
const COMPLAINTS = `(${COMPLAINT_CATEGORIES.map((c) => `'${c}'`).join(', ')})`;

/**
 * Counts per value of `column`, counted in the window's one pass (`<column>:<value>` columns of `stats`) and listed
 * as JSON with every value, most first, then by value (byte order).
 */
function volumeSql(column: 'category' | 'channel', values: readonly string[]) {
  return {
    counts: values.map((v) => `count(*) FILTER (WHERE t.${column} = '${v}')::int AS "${column}:${v}"`).join(',\n'),
    list: `(SELECT json_agg(json_build_object('${column}', v.value, 'count', v.count)
                            ORDER BY v.count DESC, v.value COLLATE "C")
              FROM (VALUES ${values.map((v) => `('${v}', stats."${column}:${v}")`).join(', ')}) AS v (value, count))`,
  };
}

const BY_CATEGORY = volumeSql('category', CATEGORIES);
const BY_CHANNEL = volumeSql('channel', CHANNELS);

// One pass over the window's tickets for every figure but the hand-offs (one join): the volumes are FILTERed
// counts of the same pass, not statements of their own. percentile_cont interpolates linearly between the two
// nearest values, the definition the tests recompute; the median and the p90 of one duration share one sort.
const SUMMARY_SQL = `
  WITH stats AS (
    SELECT count(*)::int AS "ticketCount",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.first_responded_at - t.created_at)::float8)
             AS "firstResponseMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.first_responded_at - t.created_at)::float8)
             AS "firstResponseP90",
           count(t.first_responded_at)::int AS "firstResponseCount",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.created_at)::float8)
             AS "resolutionMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.resolved_at - t.created_at)::float8)
             AS "resolutionP90",
           count(t.resolved_at)::int AS "resolutionCount",
           count(*) FILTER (WHERE t.resolved_at > t.sla_due_at OR (t.resolved_at IS NULL AND t.sla_due_at < $6::timestamptz))::float8
             / NULLIF(count(*) FILTER (WHERE t.resolved_at IS NOT NULL OR t.sla_due_at < $6::timestamptz), 0)
             AS "slaBreachRate",
           count(*) FILTER (WHERE t.reopen_count > 0)::float8
             / NULLIF(count(*) FILTER (WHERE t.resolved_at IS NOT NULL OR t.reopen_count > 0), 0) AS "reopenRate",
           ${BY_CATEGORY.counts},
           ${BY_CHANNEL.counts}
      FROM tickets.tickets t
     WHERE ${IN_WINDOW}
  ),
  hand AS (
    SELECT count(*) FILTER (WHERE h.kind = 'TRANSFER') AS transfers,
           count(*) FILTER (WHERE h.kind = 'CONSULT') AS consults
      FROM tickets.handoffs h
      JOIN tickets.tickets t ON t.id = h.ticket_id
     WHERE ${IN_WINDOW}
  )
  SELECT stats."ticketCount", stats."firstResponseMedian", stats."firstResponseP90", stats."firstResponseCount",
         stats."resolutionMedian", stats."resolutionP90", stats."resolutionCount", stats."slaBreachRate",
         stats."reopenRate",
         (hand.transfers + hand.consults)::float8 / NULLIF(stats."ticketCount", 0) AS "handoffsPerTicket",
         hand.transfers::float8 / NULLIF(stats."ticketCount", 0) AS "transfersPerTicket",
         hand.consults::float8 / NULLIF(stats."ticketCount", 0) AS "consultsPerTicket",
         ${BY_CATEGORY.list} AS "volumeByCategory",
         ${BY_CHANNEL.list} AS "volumeByChannel"
    FROM stats CROSS JOIN hand`;

// Age of an open ticket at $4 ("now"): a ticket is in a bucket when from_hours <= age < to_hours. The window does
// not apply: the backlog is what is open now. $1 team, $2 category, $3 channel.
const BACKLOG_SQL = `
  SELECT b.label, b.from_hours AS "fromHours", b.to_hours AS "toHours", count(t.id)::int AS count
    FROM (VALUES ('<4h', 0, 4, 1), ('4–24h', 4, 24, 2), ('1–3d', 24, 72, 3), ('3–7d', 72, 168, 4),
                 ('>7d', 168, NULL::int, 5)) AS b (label, from_hours, to_hours, position)
    LEFT JOIN tickets.tickets t
      ON t.status IN ${OPEN_STATUSES}
     AND ($1::text IS NULL OR t.team_code = $1::text)
     AND ($2::text IS NULL OR t.category = $2::text)
     AND ($3::text IS NULL OR t.channel = $3::text)
     AND t.created_at <= $4::timestamptz - b.from_hours * interval '1 hour'
     AND (b.to_hours IS NULL OR t.created_at > $4::timestamptz - b.to_hours * interval '1 hour')
   GROUP BY b.label, b.from_hours, b.to_hours, b.position
   ORDER BY b.position`;

// The window's complaints, read once, counted per sku of their order and per carrier of their shipment, from the
// facts each ticket carries (migration 011): a complaint about an order counts once for every distinct sku on it.
// A ticket whose facts the copy did not know is left out. Joining the complaints to the copy's tables (010) instead
// cost 3 to 4 times as much, and grows with every order ever placed (bench/PROFILE.md, "KPI redesign").
const COMPLAINTS_SQL = `
  WITH c AS MATERIALIZED (
    SELECT t.order_skus, t.shipment_carrier
      FROM tickets.tickets t
     WHERE ${IN_WINDOW} AND t.category IN ${COMPLAINTS}
  )
  SELECT * FROM (
    SELECT 'PRODUCT' AS kind, x.sku AS key, count(*)::int AS tickets
      FROM c CROSS JOIN LATERAL unnest(c.order_skus) AS x (sku)
     GROUP BY x.sku
    UNION ALL
    SELECT 'CARRIER', c.shipment_carrier, count(*)::int
      FROM c
     WHERE c.shipment_carrier IS NOT NULL
     GROUP BY c.shipment_carrier
  ) counts
  ORDER BY kind, tickets DESC, key COLLATE "C"`;

function windowParams(filter: KpiFilter): unknown[] {
  return [filter.from, filter.to, filter.team, filter.category, filter.channel];
}

/** The KPI statements of the tickets subgraph: one per field group, each computed entirely in SQL. */
export function kpiRepository(db: Queryable) {
  return {
    async summary(filter: KpiFilter, now: Date): Promise<KpiSummaryRow> {
      const [row] = await db.query<KpiSummaryRow>(SUMMARY_SQL, [...windowParams(filter), now]);
      if (!row) throw new Error('invariant violated: an aggregate without GROUP BY returns one row');
      return row;
    },
    backlog(filter: KpiFilter, now: Date): Promise<AgeBucketRow[]> {
      return db.query<AgeBucketRow>(BACKLOG_SQL, [filter.team, filter.category, filter.channel, now]);
    },
    async complaints(filter: KpiFilter): Promise<KpiComplaints> {
      const rows = await db.query<{ kind: 'PRODUCT' | 'CARRIER'; key: string; tickets: number }>(
        COMPLAINTS_SQL,
        windowParams(filter),
      );
      return {
        byProduct: rows.filter((row) => row.kind === 'PRODUCT').map(({ key, tickets }) => ({ sku: key, tickets })),
        byCarrier: rows
          .filter((row) => row.kind === 'CARRIER')
          .map(({ key, tickets }) => ({ carrier: key as Carrier, tickets })),
      };
    },
  };
}

export type KpiRepository = ReturnType<typeof kpiRepository>;
