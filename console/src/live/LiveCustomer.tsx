import { LiveStatus } from './LiveStatus';
import { useLiveCustomer } from './useLiveCustomer';
import type { CustomerUpdate } from './useLiveCustomer';

/**
 * Follows the customer live and shows whether the stream is up. A component of its own so that an emission
 * re-renders only this badge: the page re-renders once, when its refetch lands.
 */
export function LiveCustomer({
  customerId,
  onUpdate,
  onResync,
}: {
  customerId: string;
  onUpdate: (update: CustomerUpdate) => void;
  onResync: () => void;
}) {
  return <LiveStatus status={useLiveCustomer(customerId, onUpdate, onResync)} />;
}
