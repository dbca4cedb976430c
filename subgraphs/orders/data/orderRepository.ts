import { byKey, newestFirstPages, notFound, preparedStatement } from '../../shared';
import type { PageWithTotal, Queryable } from '../../shared';
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

// the same columns, as newestFirstPages reads them (its alias is `t`)
const PAGED = {
  table: 'orders.orders',
  parentColumn: 'customer_id',
  timeColumn: 'placed_at',
  columns: COLUMNS.replace(/\bo\./g, 't.'),
};

/** Batch reads of `orders.orders`; every method is one SQL statement whatever the number of keys. */
export function orderRepository(db: Queryable) {
  return {
    async findByIds(ids: readonly string[]): Promise<(OrderRow | Error)[]> {
      const rows = await db.query<OrderRow>(
        preparedStatement(`SELECT ${COLUMNS} FROM orders.orders o WHERE o.id = ANY($1::text[])`),
        [ids],
      );
      return byKey(
        ids,
        rows,
        (row) => row.id,
        (id) => notFound('order', 'id', id),
      );
    },

    async findByNumbers(numbers: readonly string[]): Promise<(OrderRow | Error)[]> {
      const rows = await db.query<OrderRow>(
        preparedStatement(`SELECT ${COLUMNS} FROM orders.orders o WHERE o.number = ANY($1::text[])`),
        [numbers],
      );
      return byKey(
        numbers,
        rows,
        (row) => row.number,
        (number) => notFound('order', 'number', number),
      );
    },

    /** A page of rows, newest first, and the customer's total for each key: one statement (see newestFirstPages). */
    pageByCustomers(keys: readonly OrderPageKey[]): Promise<PageWithTotal<OrderRow>[]> {
      return newestFirstPages<OrderRow>(
        db,
        PAGED,
        keys.map((key) => ({ ...key, parentId: key.customerId })),
      );
    },
  };
}
