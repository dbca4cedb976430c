import DataLoader from 'dataloader';
import type { ActivityEvent, PageWithTotal, Queryable } from '../shared';
import { orderActivityEvent } from './activity/orderActivityEvent';
import { activityRepository } from './data/activityRepository';
import { customerFiguresRepository } from './data/customerFiguresRepository';
import type { CustomerFigures } from './data/customerFiguresRepository';
import { orderPartsRepository } from './data/orderPartsRepository';
import type { OrderParts } from './data/orderPartsRepository';
import { orderRepository } from './data/orderRepository';
import type { OrderPageKey } from './data/orderRepository';
import type { OrderRow } from './data/rows';

function pageCacheKey(key: OrderPageKey): string {
  return JSON.stringify([key.customerId, key.limit, key.after?.at.toISOString() ?? null, key.after?.id ?? null]);
}

/** The DataLoaders of one request. Each batch function sends one SQL statement for all of its keys. */
export function createOrdersLoaders(db: Queryable) {
  const orders = orderRepository(db);
  const parts = orderPartsRepository(db);
  const figures = customerFiguresRepository(db);
  const activity = activityRepository(db);

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
    /** A page of the customer's orders with their total, in one statement. */
    ordersByCustomerId: new DataLoader<OrderPageKey, PageWithTotal<OrderRow>, string>(
      async (keys) => {
        const pages = await orders.pageByCustomers(keys);
        for (const page of pages) for (const row of page.rows) orderById.prime(row.id, row);
        return pages;
      },
      { cacheKeyFn: pageCacheKey },
    ),
    /** Order count and lifetime value, in one statement. */
    figuresByCustomerId: new DataLoader<string, CustomerFigures>((ids) => figures.figuresByCustomerIds(ids)),
    /** Lines, payments and refunds, in one statement. */
    partsByOrderId: new DataLoader<string, OrderParts>((ids) => parts.partsByOrderIds(ids)),
    activityByCustomerId: new DataLoader<string, ActivityEvent[]>(async (ids) =>
      (await activity.findByCustomerIds(ids)).map((rows) => rows.map(orderActivityEvent)),
    ),
  };
}

export type OrdersLoaders = ReturnType<typeof createOrdersLoaders>;
