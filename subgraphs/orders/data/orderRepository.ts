import { byKey, groupByKey, notFound } from '../../shared';
import type { Queryable } from '../../shared';
import type { OrderRow } from './rows';
import type { TimeCursor } from '../../shared';

/** One customer's page of orders: up to `limit` rows after `after`. */
export interface OrderPageKey {
  customerId: string;
  limit: number;
  after: TimeCursor | null;
}

const COLUMNS = `o.id, o.number, o.customer_id AS "customerId", o.status, o.currency, o.total_minor AS "totalMinor",
  o.placed_at AS "placedAt", o.cancelled_at AS "cancelledAt"`;

/** Batch reads of `orders.orders`; every method is one SQL statement whatever the number of keys. */
export function orderRepository(db: Queryable) {
  return {
    async findByIds(ids: readonly string[]): Promise<(OrderRow | Error)[]> {
      const rows = await db.query<OrderRow>(`SELECT ${COLUMNS} FROM orders.orders o WHERE o.id = ANY($1::text[])`, [
        ids,
      ]);
      return byKey(
        ids,
        rows,
        (row) => row.id,
        (id) => notFound('order', 'id', id),
      );
    },

    async findByNumbers(numbers: readonly string[]): Promise<(OrderRow | Error)[]> {
      const rows = await db.query<OrderRow>(`SELECT ${COLUMNS} FROM orders.orders o WHERE o.number = ANY($1::text[])`, [
        numbers,
      ]);
      return byKey(
        numbers,
        rows,
        (row) => row.number,
        (number) => notFound('order', 'number', number),
      );
    },

    /**
     * A page of orders, newest first (placed_at DESC, id DESC), for each key. Each key has its own size and cursor,
     * so the keys go in as parallel arrays and a LATERAL subquery reads each customer's page from the
     * (customer_id, placed_at, id) index.
     */
    async pageByCustomers(keys: readonly OrderPageKey[]): Promise<OrderRow[][]> {
      const rows = await db.query<OrderRow & { keyIndex: number }>(
        `SELECT (k.ord - 1)::int AS "keyIndex", ${COLUMNS}
         FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[]) WITH ORDINALITY AS k(customer_id, lim, after_at, after_id, ord)
         CROSS JOIN LATERAL (
           SELECT * FROM orders.orders o
           WHERE o.customer_id = k.customer_id
             AND (k.after_at IS NULL OR (o.placed_at, o.id) < (k.after_at, k.after_id))
           ORDER BY o.placed_at DESC, o.id DESC
           LIMIT k.lim
         ) o
         ORDER BY k.ord, o.placed_at DESC, o.id DESC`,
        [
          keys.map((key) => key.customerId),
          keys.map((key) => key.limit),
          keys.map((key) => key.after?.at.toISOString() ?? null),
          keys.map((key) => key.after?.id ?? null),
        ],
      );
      return groupByKey(
        keys.map((_, index) => index),
        rows,
        (row) => row.keyIndex,
      ).map((group) => group.map(({ keyIndex: _keyIndex, ...order }) => order));
    },

    /** How many orders each customer placed, cancelled ones included. */
    async countByCustomerIds(customerIds: readonly string[]): Promise<number[]> {
      const rows = await db.query<{ customerId: string; count: number }>(
        `SELECT o.customer_id AS "customerId", count(*)::int AS count FROM orders.orders o
         WHERE o.customer_id = ANY($1::text[]) GROUP BY o.customer_id`,
        [customerIds],
      );
      const counts = new Map(rows.map((row) => [row.customerId, row.count]));
      return customerIds.map((id) => counts.get(id) ?? 0);
    },
  };
}
