import { useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { ConsoleCustomerDocument } from '../../../operations/__generated__/graphql';
import { Link } from '../app/router';
import { LiveCustomer } from '../live/LiveCustomer';
import { liveMarks } from '../live/liveMarks';
import type { CustomerUpdate } from '../live/useLiveCustomer';
import { useSession } from '../auth/session';
import { rememberCustomer } from '../find/recentCustomers';
import { ErrorNotice } from '../ui/ErrorNotice';
import { shownErrors } from '../ui/graphqlErrors';
import { CustomerFacts } from './CustomerFacts';
import { CustomerStory } from './CustomerStory';
import { useCoalescedRefetch } from './useCoalescedRefetch';
import { useLiveMarks } from './useLiveMarks';
import { useNow } from './useNow';
import './customer.css';

/** Codes that mean "there is no such customer", not "something failed". */
const NOT_FOUND_CODES = new Set(['NOT_FOUND', 'INVALID_IDENTIFIER']);

/**
 * The customer's whole story on one page, from one query (consoleCustomer): who they are, their tickets with every
 * message and hand-off, their orders, stock and parcels, CRM notes and the cross-system timeline. It follows the
 * customer live: each change re-reads the page and marks what changed. A subgraph that is down leaves a hole that
 * says what is missing; the rest of the page still shows.
 */
export function CustomerPage({ customerId }: { customerId: string }) {
  const [result, reexecute] = useQuery({ query: ConsoleCustomerDocument, variables: { id: customerId } });
  const refetch = useCoalescedRefetch(reexecute, result.fetching);
  const [marks, mark] = useLiveMarks();
  const onUpdate = useCallback(
    (update: CustomerUpdate) => {
      refetch();
      mark(liveMarks(update.changes));
    },
    [mark, refetch],
  );
  const now = useNow();
  const customer = result.data?.customer;

  useEffect(() => {
    document.title = customer ? `${customer.name} · Customer 360` : 'Customer · Customer 360';
  }, [customer?.name]);
  // opened from a link or a reload too, not only from Find: the Find page lists it under Recent customers
  const userId = useSession().identity?.userId;
  useEffect(() => {
    if (customer) rememberCustomer({ id: customer.id, name: customer.name }, userId);
  }, [customer?.id, customer?.name, userId]);

  const errors = shownErrors(result.error);
  const notFound =
    !customer &&
    !result.fetching &&
    (errors.some((error) => error.code !== undefined && NOT_FOUND_CODES.has(error.code)) ||
      (result.data !== undefined && !result.error));
  const heading = customer
    ? customer.name
    : notFound
      ? 'Customer not found'
      : result.fetching
        ? 'Loading customer…'
        : `Customer ${customerId}`;
  // one tree for every state, so the heading the router focused and the live subscription survive the data arriving
  return (
    <div className="customer-page">
      <header className="customer-header panel">
        <div className="customer-title">
          <h1 tabIndex={-1}>{heading}</h1>
          {customer && <span className="muted">{customer.id}</span>}
          {!notFound && <LiveCustomer customerId={customerId} onUpdate={onUpdate} onResync={refetch} />}
        </div>
        {customer && <CustomerFacts customer={customer} now={now} />}
      </header>
      {customer ? (
        <CustomerStory customer={customer} error={result.error} marks={marks} now={now} refetch={refetch} />
      ) : notFound ? (
        <>
          <div role="alert" className="notice notice-error">
            <p>
              No customer {customerId}. {errors[0]?.message}
            </p>
          </div>
          <p>
            <Link to="/">Back to Find</Link>
          </p>
        </>
      ) : result.fetching ? (
        <p className="loading" aria-busy="true">
          Loading {customerId}: tickets, orders, parcels and timeline…
        </p>
      ) : (
        <>
          <ErrorNotice error={result.error} title={`The customer ${customerId} could not be loaded.`} />
          <p>
            <button type="button" onClick={refetch}>
              Try again
            </button>{' '}
            <Link to="/">Back to Find</Link>
          </p>
        </>
      )}
    </div>
  );
}
