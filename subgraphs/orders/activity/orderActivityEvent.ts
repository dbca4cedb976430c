import { money } from '../../shared';
import type { ActivityEvent } from '../../shared';
import type { OrderActivityRow } from '../data/activityRepository';
import type { PaymentMethodValue } from '../data/rows';

const METHOD_NAMES: Record<PaymentMethodValue, string> = {
  CARD: 'card',
  PAYPAL: 'PayPal',
  INVOICE: 'invoice',
  GIFT_CARD: 'gift card',
};

function amount(row: OrderActivityRow): string {
  const { amount: decimal, currency } = money(row.amountMinor, row.currency);
  return `${decimal} ${currency}`;
}

/** A line an agent understands without opening the order. */
function summary(row: OrderActivityRow): string {
  const order = `Order ${row.orderNumber}`;
  switch (row.kind) {
    case 'ORDER_PLACED': {
      const items = row.itemCount ?? 0;
      return `${order} placed: ${items} ${items === 1 ? 'item' : 'items'}, ${amount(row)}`;
    }
    case 'ORDER_PAID':
      return `${order} paid: ${amount(row)}${row.method ? ` by ${METHOD_NAMES[row.method]}` : ''}`;
    case 'ORDER_CANCELLED':
      return `${order} cancelled (${amount(row)})`;
    case 'ORDER_REFUNDED':
      return `${order} refunded: ${amount(row)}${row.reason ? ` (${row.reason})` : ''}`;
    default:
      return unreachable(row.kind);
  }
}

function unreachable(kind: never): never {
  throw new Error(`invariant violated: unhandled order activity kind ${JSON.stringify(kind)}`);
}

/** The timeline event CRM gets for one order activity row. */
export function orderActivityEvent(row: OrderActivityRow): ActivityEvent {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    kind: row.kind,
    summary: summary(row),
    orderId: row.orderId,
    shipmentId: null,
    ticketId: null,
    channel: null,
  };
}
