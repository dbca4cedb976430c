// The numbers of the --scale comparison, apart from runScale.ts so that the report and its unit tests use them
// without loading the load generator (a package of the bench's own, bench/package.json).

/** The goal: the story on the large data set at most this many times slower (p50 and p99) than on the small. */
export const ALLOWED_SCALE_RATIO = 1.5;
/** Orders per generated customer, on average (stack/seed/customerStory.ts ORDER_COUNTS). */
const ORDERS_PER_CUSTOMER = 3.1;

/** Customers to seed for about `orders` orders: a little over, so the data set reaches the number asked for. */
export function customersFor(orders: number): number {
  return Math.max(50, Math.ceil((orders / ORDERS_PER_CUSTOMER) * 1.02));
}
