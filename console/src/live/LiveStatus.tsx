import type { LiveStatus as Status } from './useLiveCustomer';
import './live.css';

/** "Live" while changes stream in, "Reconnecting…" while the stream is down (the page then may lag). */
export function LiveStatus({ status }: { status: Status }) {
  return (
    <p
      className={`live-status live-${status}`}
      role="status"
      title={
        status === 'live'
          ? 'Changes to this customer appear here as they happen.'
          : 'The live connection dropped; the page catches up once it is back.'
      }
    >
      <span className="live-dot" aria-hidden="true" />
      {status === 'live' ? 'Live' : 'Reconnecting…'}
    </p>
  );
}
