import { BENCH_KEY_PREFIX } from '../subgraphHost/ensureDataset';
import { graphqlBody } from '../workloads/documents';

/** What the writes of one watched customer change. */
export interface WatchedCustomer {
  customerId: string;
  /** A ticket the bench opened for this run (removed by the next run's start, like the other bench tickets). */
  ticketId: string;
  /** Orders still PENDING or PAID: each may be cancelled once. */
  cancellableOrderIds: string[];
  /** Parcels not DELIVERED or RETURNED, which take more tracking events, with the status they keep. */
  shipments: { id: string; trackingNumber: string; status: string }[];
}

const OPEN_TICKET = /* GraphQL */ `
  mutation liveBenchOpenTicket($input: OpenTicketInput!) {
    openTicket(input: $input) {
      id
    }
  }
`;

const CUSTOMER_ORDERS = /* GraphQL */ `
  query liveBenchOrders($id: ID!) {
    customer(id: $id) {
      orders(first: 10) {
        edges {
          node {
            id
            status
            shipments {
              id
              trackingNumber
              status
            }
          }
        }
      }
    }
  }
`;

interface OrdersAnswer {
  data?: {
    customer?: {
      orders?: {
        edges?: {
          node?: {
            id: string;
            status: string;
            shipments?: { id: string; trackingNumber: string; status: string }[] | null;
          };
        }[];
      } | null;
    } | null;
  };
  errors?: { message?: string }[];
}
interface OpenAnswer {
  data?: { openTicket?: { id?: string } | null };
  errors?: { message?: string }[];
}

const FINAL_SHIPMENT = new Set(['DELIVERED', 'RETURNED']);
const CANCELLABLE_ORDER = new Set(['PENDING', 'PAID']);
const AT_ONCE = 8;

/**
 * Before any subscriber connects: opens one ticket per customer (idempotent, with the bench's key prefix so the
 * next run removes it) for the message writes, and reads the customer's orders and parcels for the others.
 */
export async function prepareWatchedCustomers(
  graphqlUrl: string,
  authorization: string,
  customerIds: readonly string[],
  runId: string,
): Promise<WatchedCustomer[]> {
  const post = async <T extends { errors?: { message?: string }[] }>(body: string, what: string): Promise<T> => {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body,
    });
    const answer = (await response.json()) as T;
    if (!response.ok || answer.errors?.length) {
      throw new Error(`${what}: ${response.status} ${JSON.stringify(answer).slice(0, 500)}`);
    }
    return answer;
  };
  const prepare = async (customerId: string): Promise<WatchedCustomer> => {
    const opened = await post<OpenAnswer>(
      graphqlBody(OPEN_TICKET, {
        input: {
          customerId,
          channel: 'CHAT',
          category: 'DELIVERY',
          priority: 'NORMAL',
          subject: 'Benchmark: live panel',
          body: 'Hello, where is my parcel?',
          idempotencyKey: `${BENCH_KEY_PREFIX}${runId}-live-${customerId}`,
        },
      }),
      `openTicket for ${customerId}`,
    );
    const ticketId = opened.data?.openTicket?.id;
    if (!ticketId) throw new Error(`openTicket for ${customerId} answered no ticket id`);
    const orders = await post<OrdersAnswer>(
      graphqlBody(CUSTOMER_ORDERS, { id: customerId }),
      `orders of ${customerId}`,
    );
    const nodes = (orders.data?.customer?.orders?.edges ?? []).flatMap(({ node }) => (node ? [node] : []));
    return {
      customerId,
      ticketId,
      cancellableOrderIds: nodes.filter(({ status }) => CANCELLABLE_ORDER.has(status)).map(({ id }) => id),
      shipments: nodes.flatMap(({ shipments }) => shipments ?? []).filter(({ status }) => !FINAL_SHIPMENT.has(status)),
    };
  };
  const customers: WatchedCustomer[] = [];
  for (let start = 0; start < customerIds.length; start += AT_ONCE) {
    customers.push(...(await Promise.all(customerIds.slice(start, start + AT_ONCE).map(prepare))));
  }
  return customers;
}
