import DataLoader from 'dataloader';
import type { ActivityEvent, Queryable } from '../shared';
import { orderActivityEvent } from './activity/orderActivityEvent';
import { activityRepository } from './data/activityRepository';
import { customerFiguresRepository } from './data/customerFiguresRepository';
import { orderPartsRepository } from './data/orderPartsRepository';
import { orderRepository } from './data/orderRepository';
import type { OrderPageKey } from './data/orderRepository';
import { productComplaintsRepository } from './data/productComplaintsRepository';
import type { OrderComplaint, ProductComplaintRow } from './data/productComplaintsRepository';
import type { LifetimeValueRow, OrderLineRow, OrderRow, PaymentRow, RefundRow } from './data/rows';

function pageCacheKey(key: OrderPageKey): string {
  return JSON.stringify([key.customerId, key.limit, key.after?.at.toISOString() ?? null, key.after?.id ?? null]);
}

/** The DataLoaders of one request. Each batch function sends one SQL statement for all of its keys. */
export function createOrdersLoaders(db: Queryable) {
  const orders = orderRepository(db);
  const parts = orderPartsRepository(db);
  const figures = customerFiguresRepository(db);
  const activity = activityRepository(db);
  const complaints = productComplaintsRepository(db);

  // An order found by one key is cached under the other too, so `order(id)` then `number` costs one query.
  const orderById: DataLoader<string, OrderRow> = new DataLoader(async (ids) => {
    const rows = await orders.findByIds(ids);
    for (const row of rows) if (!(row instanceof Error)) orderByNumber.prime(row.number, row);
    return rows;
  });
  const orderByNumber: DataLoader<string, OrderRow> = new DataLoader(async (numbers) => {
    const rows = await orders.findByNumbers(numbers);
    for (const row of rows) if (!(row instanceof Error)) orderById.prime(row.id, row);
    return rows;
  });

  return {
    orderById,
    orderByNumber,
    ordersByCustomerId: new DataLoader<OrderPageKey, OrderRow[], string>(
      async (keys) => {
        const pages = await orders.pageByCustomers(keys);
        for (const row of pages.flat()) orderById.prime(row.id, row);
        return pages;
      },
      { cacheKeyFn: pageCacheKey },
    ),
    orderCountByCustomerId: new DataLoader<string, number>((ids) => orders.countByCustomerIds(ids)),
    linesByOrderId: new DataLoader<string, OrderLineRow[]>((ids) => parts.linesByOrderIds(ids)),
    paymentsByOrderId: new DataLoader<string, PaymentRow[]>((ids) => parts.paymentsByOrderIds(ids)),
    refundsByOrderId: new DataLoader<string, RefundRow[]>((ids) => parts.refundsByOrderIds(ids)),
    lifetimeValueByCustomerId: new DataLoader<string, LifetimeValueRow[]>((ids) =>
      figures.lifetimeValueByCustomerIds(ids),
    ),
    activityByCustomerId: new DataLoader<string, ActivityEvent[]>(async (ids) =>
      (await activity.findByCustomerIds(ids)).map((rows) => rows.map(orderActivityEvent)),
    ),
    /** Complaints per product for a list of complaints per order (TicketKpis.complaintsByProduct). */
    productComplaintsByOrderComplaints: new DataLoader<readonly OrderComplaint[], ProductComplaintRow[], string>(
      // one TicketKpis per request is the rule, so a batch holds one key
      (keys) => Promise.all(keys.map((key) => complaints.byProduct(key))),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}

export type OrdersLoaders = ReturnType<typeof createOrdersLoaders>;
