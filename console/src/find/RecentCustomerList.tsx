import { useEffect, useState } from 'react';
import { Link } from '../app/router';
import { formatRelative } from '../ui/format';
import { RECENT_STORAGE_KEY, recentCustomers, setRecentCustomersUser } from './recentCustomers';
import type { RecentCustomer } from './recentCustomers';

/** The customers this person opened lately (find/recentCustomers.ts), newest first, as links to their pages. */
export function RecentCustomerList({ userId }: { userId: string | undefined }) {
  const [recent, setRecent] = useState<RecentCustomer[]>(() => recentCustomers(userId));
  useEffect(() => {
    setRecentCustomersUser(userId);
    setRecent(recentCustomers(userId));
    // another tab opened a customer: show it here too
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key === RECENT_STORAGE_KEY) setRecent(recentCustomers(userId));
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [userId]);

  return (
    <section className="panel" aria-labelledby="recent-customers">
      <h2 id="recent-customers">Recent customers</h2>
      {recent.length === 0 ? (
        <p className="muted">The customers you open appear here.</p>
      ) : (
        <ul className="recent-list">
          {recent.map((customer) => (
            <li key={customer.id}>
              <Link to={`/customer/${encodeURIComponent(customer.id)}`}>{customer.name}</Link>{' '}
              <span className="muted">
                {customer.id} · opened{' '}
                <time dateTime={new Date(customer.at).toISOString()}>{openedAgo(customer.at)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "just now" for the first minute (formatRelative would say "0 min ago"), then "5 min ago", "2 h 10 min ago". */
function openedAgo(at: number, now = Date.now()): string {
  return now - at < 60_000 ? 'just now' : formatRelative(new Date(at).toISOString(), now);
}
