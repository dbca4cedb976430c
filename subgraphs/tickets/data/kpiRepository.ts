import type { Queryable } from '../../shared';
import type { Channel, TicketCategory } from '../__generated__/resolvers-types';
import type { KpiFilter } from './kpiFilter';
import { COMPLAINT_CATEGORIES, IN_WINDOW, OPEN_STATUSES } from './kpiSql';

/** The scalar KPIs of a window, all from one statement. Durations in seconds. */
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
}

export interface AgeBucketRow {
  label: string;
  fromHours: number;
  toHours: number | null;
  count: number;
}

const CATEGORIES: readonly TicketCategory[] = ['DELIVERY', 'BILLING', 'PRODUCT_DEFECT', 'RETURN', 'ACCOUNT', 'OTHER'];
const CHANNELS: readonly Channel[] = ['CHAT', 'EMAIL', 'PHONE', 'SOCIAL', 'WEB_FORM'];

// percentile_cont interpolates linearly between the two nearest values, the definition the tests recompute.
const SUMMARY_SQL = `
  WITH w AS (SELECT t.* FROM tickets.tickets t WHERE ${IN_WINDOW}),
  hand AS (
    SELECT count(*) FILTER (WHERE h.kind = 'TRANSFER') AS transfers,
           count(*) FILTER (WHERE h.kind = 'CONSULT') AS consults
      FROM tickets.handoffs h
     WHERE h.ticket_id IN (SELECT id FROM w)
  ),
  stats AS (
    SELECT count(*)::int AS "ticketCount",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM w.first_responded_at - w.created_at)::float8)
             AS "firstResponseMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM w.first_responded_at - w.created_at)::float8)
             AS "firstResponseP90",
           count(w.first_responded_at)::int AS "firstResponseCount",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM w.resolved_at - w.created_at)::float8)
             AS "resolutionMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM w.resolved_at - w.created_at)::float8)
             AS "resolutionP90",
           count(w.resolved_at)::int AS "resolutionCount",
           count(*) FILTER (WHERE w.resolved_at > w.sla_due_at OR (w.resolved_at IS NULL AND w.sla_due_at < $6::timestamptz))::float8
             / NULLIF(count(*) FILTER (WHERE w.resolved_at IS NOT NULL OR w.sla_due_at < $6::timestamptz), 0)
             AS "slaBreachRate",
           count(*) FILTER (WHERE w.reopen_count > 0)::float8
             / NULLIF(count(*) FILTER (WHERE w.resolved_at IS NOT NULL OR w.reopen_count > 0), 0) AS "reopenRate"
      FROM w
  )
  SELECT stats.*,
         (hand.transfers + hand.consults)::float8 / NULLIF(stats."ticketCount", 0) AS "handoffsPerTicket",
         hand.transfers::float8 / NULLIF(stats."ticketCount", 0) AS "transfersPerTicket",
         hand.consults::float8 / NULLIF(stats."ticketCount", 0) AS "consultsPerTicket"
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

function volumeSql(column: 'category' | 'channel', values: readonly string[]): string {
  const list = values.map((value) => `'${value}'`).join(', ');
  return `
    SELECT v.value AS "${column}", count(t.id)::int AS count
      FROM unnest(ARRAY[${list}]::text[]) AS v (value)
      LEFT JOIN tickets.tickets t ON t.${column} = v.value AND ${IN_WINDOW}
     GROUP BY v.value
     ORDER BY count(t.id) DESC, v.value COLLATE "C"`;
}

function complaintsSql(column: 'order_id' | 'shipment_id', alias: string): string {
  return `
    SELECT t.${column} AS "${alias}", count(*)::int AS tickets
      FROM tickets.tickets t
     WHERE ${IN_WINDOW}
       AND t.category IN (${COMPLAINT_CATEGORIES.map((c) => `'${c}'`).join(', ')})
       AND t.${column} IS NOT NULL
     GROUP BY t.${column}
     ORDER BY t.${column} COLLATE "C"`;
}

const BY_CATEGORY_SQL = volumeSql('category', CATEGORIES);
const BY_CHANNEL_SQL = volumeSql('channel', CHANNELS);
const BY_ORDER_SQL = complaintsSql('order_id', 'orderId');
const BY_SHIPMENT_SQL = complaintsSql('shipment_id', 'shipmentId');

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
    volumeByCategory(filter: KpiFilter): Promise<{ category: TicketCategory; count: number }[]> {
      return db.query(BY_CATEGORY_SQL, windowParams(filter));
    },
    volumeByChannel(filter: KpiFilter): Promise<{ channel: Channel; count: number }[]> {
      return db.query(BY_CHANNEL_SQL, windowParams(filter));
    },
    complaintsByOrder(filter: KpiFilter): Promise<{ orderId: string; tickets: number }[]> {
      return db.query(BY_ORDER_SQL, windowParams(filter));
    },
    complaintsByShipment(filter: KpiFilter): Promise<{ shipmentId: string; tickets: number }[]> {
      return db.query(BY_SHIPMENT_SQL, windowParams(filter));
    },
  };
}

export type KpiRepository = ReturnType<typeof kpiRepository>;
