import { useQuery } from 'urql';
import { ConsoleCustomerHeaderDocument } from '../../../operations/__generated__/graphql';

/** TODO(helper): the whole customer story. */
export function CustomerPage({ customerId }: { customerId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: ConsoleCustomerHeaderDocument, variables: { id: customerId } });
  return (
    <section>
      <h1 tabIndex={-1}>{data?.customer?.name ?? (fetching ? 'Loading…' : 'Customer')}</h1>
      {error && <p role="alert">{error.message}</p>}
    </section>
  );
}
