import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SubgraphName } from '../../subgraphs/shared/catalog';
import type { Db } from '../../subgraphs/shared/db';

/** The benchmark's sample of the data set: ids to put in request bodies. */
export interface DataSample {
  customerIds: string[];
  orderNumbers: string[];
}

/** Rows in the data set, for the scale comparison's table. */
export interface DataCounts {
  customers: number;
  orders: number;
}

export interface ControlServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Customers with something still moving (a parcel not delivered or returned, an order still PENDING or PAID),
 * picked by hashing with `key`: --live's parcel events and cancellations need them, and most seeded customers have
 * neither (their orders are long delivered).
 */
async function activeCustomers(dbs: Record<SubgraphName, Db>, size: number, key: string): Promise<string[]> {
  const [parcels, orders] = await Promise.all([
    dbs.logistics.query<{ id: string }>(
      `SELECT DISTINCT customer_id AS id FROM logistics.shipments WHERE status NOT IN ('DELIVERED', 'RETURNED')`,
    ),
    dbs.orders.query<{ id: string }>(
      `SELECT DISTINCT customer_id AS id FROM orders.orders WHERE status IN ('PENDING', 'PAID')`,
    ),
  ]);
  const hash = (id: string) =>
    createHash('md5')
      .update(id + key)
      .digest('hex');
  return [...new Set([...parcels, ...orders].map(({ id }) => id))]
    .map((id) => ({ id, order: hash(id) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .slice(0, size)
    .map(({ id }) => id);
}

/** Most ids one /sample call returns: enough for any request count, small enough to sort quickly. */
const MAX_SAMPLE = 100_000;

/**
 * A side door into the subgraph process for the benchmark, on its own port so it never mixes with the traffic
 * it measures. GET /fetches: GraphQL requests each subgraph has served (for fetches per gateway request).
 * GET /counts: customers and orders in the data set. GET /sample?size=N&key=K: N customers and N order numbers picked by hashing with K, so a key picks the same
 * ids every run. GET /active-customers?size=N&key=K: up to N customers with a parcel or an order still moving.
 */
export async function startControlServer(
  dbs: Record<SubgraphName, Db>,
  fetches: Readonly<Record<SubgraphName, number>>,
): Promise<ControlServer> {
  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://control');
    if (req.method === 'GET' && url.pathname === '/fetches') return answer(res, 200, fetches);
    if (req.method === 'GET' && url.pathname === '/counts') {
      // exact counts: the scale comparison reports how many orders each data set really holds
      const [customers] = await dbs.crm.query<{ count: number }>('SELECT count(*)::int AS count FROM crm.customers');
      const [orders] = await dbs.orders.query<{ count: number }>('SELECT count(*)::int AS count FROM orders.orders');
      const counts: DataCounts = { customers: customers?.count ?? 0, orders: orders?.count ?? 0 };
      return answer(res, 200, counts);
    }
    if (req.method === 'GET' && url.pathname === '/sample') {
      const size = Number(url.searchParams.get('size') ?? '100');
      const key = url.searchParams.get('key') ?? 'bench';
      if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE) {
        return answer(res, 400, { error: `size must be a whole number from 1 to ${MAX_SAMPLE}` });
      }
      const sample: DataSample = {
        customerIds: (
          await dbs.crm.query<{ id: string }>('SELECT id FROM crm.customers ORDER BY md5(id || $1) LIMIT $2', [
            key,
            size,
          ])
        ).map((row) => row.id),
        orderNumbers: (
          await dbs.orders.query<{ number: string }>(
            'SELECT number FROM orders.orders ORDER BY md5(id || $1) LIMIT $2',
            [key, size],
          )
        ).map((row) => row.number),
      };
      return answer(res, 200, sample);
    }
    if (req.method === 'GET' && url.pathname === '/active-customers') {
      const size = Number(url.searchParams.get('size') ?? '100');
      const key = url.searchParams.get('key') ?? 'bench';
      if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE) {
        return answer(res, 400, { error: `size must be a whole number from 1 to ${MAX_SAMPLE}` });
      }
      return answer(res, 200, await activeCustomers(dbs, size, key));
    }
    answer(res, 404, {
      error: 'GET /fetches, GET /counts, GET /sample?size=N&key=K or GET /active-customers?size=N&key=K',
    });
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => answer(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
