/** The values of the `OrderStatus` enum, as stored in `orders.orders.status`. */
export type OrderStatusValue = 'PENDING' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'REFUNDED';
/** The values of the `PaymentMethod` enum. */
export type PaymentMethodValue = 'CARD' | 'PAYPAL' | 'INVOICE' | 'GIFT_CARD';
/** The values of the `PaymentStatus` enum. */
export type PaymentStatusValue = 'AUTHORIZED' | 'CAPTURED' | 'FAILED';

/** A customer as the orders system knows it: only its id (CRM owns the profile). */
export interface CustomerRef {
  id: string;
}

/** A product as the orders system knows it: only its SKU (inventory owns the product). */
export interface ProductRef {
  sku: string;
}

/** A row of `orders.orders`. */
export interface OrderRow {
  id: string;
  number: string;
  customerId: string;
  status: OrderStatusValue;
  currency: string;
  totalMinor: number;
  placedAt: Date;
  cancelledAt: Date | null;
}

/** A row of `orders.order_lines`, with its order's currency (every amount on an order shares it). */
export interface OrderLineRow {
  id: string;
  orderId: string;
  position: number;
  sku: string;
  quantity: number;
  unitPriceMinor: number;
  currency: string;
}

/** A row of `orders.payments`, with its order's currency. */
export interface PaymentRow {
  id: string;
  orderId: string;
  method: PaymentMethodValue;
  status: PaymentStatusValue;
  amountMinor: number;
  currency: string;
  createdAt: Date;
}

/** A row of `orders.refunds`, with its order's currency. */
export interface RefundRow {
  id: string;
  orderId: string;
  amountMinor: number;
  currency: string;
  reason: string;
  createdAt: Date;
}

/** One amount of a customer's lifetime value: the net paid in one currency. */
export interface LifetimeValueRow {
  customerId: string;
  currency: string;
  minorUnits: number;
}
