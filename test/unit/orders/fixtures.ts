import type { Db } from '../../../subgraphs/shared';

/**
 * cus_1 has three orders: ord_1 (delivered, partly refunded), ord_2 (cancelled and refunded) and ord_3 (pending,
 * in CHF, placed at the same instant as ord_2 so paging has a tie to break). cus_2 has no orders.
 */
export async function insertOrderFixtures(db: Db): Promise<void> {
  await db.exec(`
    INSERT INTO orders.orders (id, number, customer_id, status, currency, total_minor, placed_at, cancelled_at) VALUES
      ('ord_1', 'ORD-100001', 'cus_1', 'DELIVERED', 'EUR', 12990, '2026-03-01T10:00:00Z', NULL),
      ('ord_2', 'ORD-100002', 'cus_1', 'CANCELLED', 'EUR', 5000, '2026-03-03T10:00:00Z', '2026-03-04T09:00:00Z'),
      ('ord_3', 'ORD-100003', 'cus_1', 'PENDING', 'CHF', 2500, '2026-03-03T10:00:00Z', NULL);
    INSERT INTO orders.order_lines (id, order_id, position, sku, quantity, unit_price_minor) VALUES
      ('lin_2', 'ord_1', 2, 'SKU-0002', 2, 1500),
      ('lin_1', 'ord_1', 1, 'SKU-0001', 1, 9990),
      ('lin_3', 'ord_2', 1, 'SKU-0003', 1, 5000),
      ('lin_4', 'ord_3', 1, 'SKU-0004', 1, 2500);
    INSERT INTO orders.payments (id, order_id, method, status, amount_minor, created_at) VALUES
      ('pay_1', 'ord_1', 'CARD', 'CAPTURED', 12990, '2026-03-01T10:05:00Z'),
      ('pay_2', 'ord_2', 'PAYPAL', 'CAPTURED', 5000, '2026-03-03T10:05:00Z'),
      ('pay_4', 'ord_3', 'CARD', 'FAILED', 2500, '2026-03-03T10:01:00Z'),
      ('pay_3', 'ord_3', 'INVOICE', 'AUTHORIZED', 2500, '2026-03-03T10:06:00Z');
    INSERT INTO orders.refunds (id, order_id, amount_minor, reason, created_at) VALUES
      ('ref_1', 'ord_1', 2000, 'Damaged box', '2026-03-06T12:00:00Z'),
      ('ref_2', 'ord_2', 5000, 'Order cancelled', '2026-03-04T09:30:00Z');
  `);
}

/**
 * `customers` customers (cus_<from>…), each with `ordersEach` orders of two lines, one captured payment and one
 * refund: the shape a statement-count test needs. Returns the customer ids.
 */
export async function insertBulkOrders(db: Db, from: number, customers: number, ordersEach: number): Promise<string[]> {
  // integers only, so building the script by interpolation is safe
  const orders = `SELECT ${from * 1000} + c * ${ordersEach} + k AS n, 'cus_' || (${from} + c) AS customer_id, k
    FROM generate_series(0, ${customers - 1}) AS c, generate_series(0, ${ordersEach - 1}) AS k`;
  await db.exec(`
    INSERT INTO orders.orders (id, number, customer_id, status, currency, total_minor, placed_at)
      SELECT 'ord_' || n, 'ORD-' || (100000 + n), customer_id, 'PAID', 'EUR', 3000,
             timestamptz '2025-01-01T00:00:00Z' + k * interval '1 hour'
      FROM (${orders}) o;
    INSERT INTO orders.order_lines (id, order_id, position, sku, quantity, unit_price_minor)
      SELECT 'lin_' || n || '_' || p, 'ord_' || n, p, 'SKU-000' || p, 1, 1500
      FROM (${orders}) o, generate_series(1, 2) AS p;
    INSERT INTO orders.payments (id, order_id, method, status, amount_minor, created_at)
      SELECT 'pay_' || n, 'ord_' || n, 'CARD', 'CAPTURED', 3000, timestamptz '2025-01-01T00:05:00Z' + k * interval '1 hour'
      FROM (${orders}) o;
    INSERT INTO orders.refunds (id, order_id, amount_minor, reason, created_at)
      SELECT 'ref_' || n, 'ord_' || n, 500, 'Late delivery', timestamptz '2025-02-01T00:00:00Z' + k * interval '1 hour'
      FROM (${orders}) o;
  `);
  return Array.from({ length: customers }, (_, index) => `cus_${from + index}`);
}
