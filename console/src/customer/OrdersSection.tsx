import type { ConsoleCustomerOrderFragment } from '../../../operations/__generated__/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDate, formatDateTime, formatMoney, humanize } from '../ui/format';
import { UpdatedMark } from '../ui/UpdatedMark';
import type { OrderPages } from './useOrderPages';

type Line = ConsoleCustomerOrderFragment['lines'][number];

const ORDER_STATUS_TONE: Record<string, string> = {
  CANCELLED: 'badge-danger',
  REFUNDED: 'badge-warn',
  DELIVERED: 'badge-ok',
};

/** The customer's orders with what they contained, whether it is in stock, and how they were paid and refunded. */
export function OrdersSection({ pages, updatedAt }: { pages: OrderPages; updatedAt: number | undefined }) {
  const { orders, totalCount, hasNextPage, loading, error, loadMore } = pages;
  return (
    <section className="customer-section panel" aria-labelledby="customer-orders-heading">
      <div className="section-heading">
        <h2 id="customer-orders-heading">Orders</h2>
        <UpdatedMark at={updatedAt} />
      </div>
      {orders.length === 0 ? (
        <p className="muted">No orders.</p>
      ) : (
        <>
          <p className="muted">
            {orders.length < totalCount
              ? `The latest ${orders.length} of ${totalCount} orders.`
              : `${totalCount} ${totalCount === 1 ? 'order' : 'orders'}.`}
          </p>
          {orders.map((order) => (
            <OrderArticle key={order.id} order={order} />
          ))}
        </>
      )}
      <ErrorNotice error={error} title="More orders could not be loaded." />
      {hasNextPage && (
        <p className="load-more">
          <button type="button" className="secondary" onClick={loadMore} disabled={loading} aria-busy={loading}>
            Load more orders
          </button>
          {loading && <span className="loading"> Loading more orders…</span>}
        </p>
      )}
    </section>
  );
}

function OrderArticle({ order }: { order: ConsoleCustomerOrderFragment }) {
  const headingId = `order-${order.id}-heading`;
  return (
    <article id={`order-${order.number}`} className="order" aria-labelledby={headingId}>
      <header className="order-header">
        <h3 id={headingId}>{order.number}</h3>
        <span className={`badge ${ORDER_STATUS_TONE[order.status] ?? ''}`}>{humanize(order.status)}</span>
        <span className="muted">
          <time dateTime={order.placedAt}>{formatDate(order.placedAt)}</time> · {formatMoney(order.total)}
        </span>
      </header>
      <table className="order-lines">
        <caption className="sr-only">Lines of {order.number}</caption>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">SKU</th>
            <th scope="col">Qty</th>
            <th scope="col">Price</th>
            <th scope="col">Stock</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.product?.name ?? <span className="muted">Unavailable</span>}</td>
              <td>{line.product?.sku ?? '—'}</td>
              <td>{line.quantity}</td>
              <td>
                {formatMoney(line.unitPrice)}
                {line.quantity > 1 && <span className="muted"> · {formatMoney(line.lineTotal)}</span>}
              </td>
              <td>
                <StockCell line={line} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {(order.payments.length > 0 || order.refunds.length > 0) && (
        <ul className="plain-list money-list">
          {order.payments.map((payment) => (
            <li key={payment.id}>
              Payment · {humanize(payment.method)} ·{' '}
              <span className={`badge ${payment.status === 'FAILED' ? 'badge-danger' : ''}`}>
                {humanize(payment.status)}
              </span>{' '}
              {formatMoney(payment.amount)} ·{' '}
              <time dateTime={payment.createdAt}>{formatDateTime(payment.createdAt)}</time>
            </li>
          ))}
          {order.refunds.map((refund) => (
            <li key={refund.id}>
              <span className="badge badge-warn">Refund</span> {formatMoney(refund.amount)} · {refund.reason} ·{' '}
              <time dateTime={refund.createdAt}>{formatDateTime(refund.createdAt)}</time>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function StockCell({ line }: { line: Line }) {
  const product = line.product;
  if (!product || product.available === null) return <span className="muted">Unavailable</span>;
  return (
    <>
      {product.outOfStock ? (
        <span className="badge badge-danger">Out of stock</span>
      ) : (
        <span>{product.available} available</span>
      )}
      {product.outOfStock && product.nextRestockAt && (
        <span className="muted"> · restock {formatDate(product.nextRestockAt)}</span>
      )}
      {product.stock && product.stock.length > 0 && (
        <details className="stock-details">
          <summary>By warehouse</summary>
          <ul className="plain-list">
            {product.stock.map((level) => (
              <li key={level.warehouse.code}>
                {level.warehouse.name} ({level.warehouse.city}): {level.available} available, {level.onHand} on hand
                {level.reserved > 0 && `, ${level.reserved} reserved`}
                {level.nextRestockAt && <> · restock {formatDate(level.nextRestockAt)}</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
