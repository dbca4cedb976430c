import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

interface Handles {
  customer: {
    id: string;
    email: string;
    phone: string;
    orders: { edges: { node: { id: string; number: string; shipments: { id: string; trackingNumber: string }[] } }[] };
    tickets: { edges: { node: { id: string; number: string } }[] };
  };
}

const HANDLES = /* GraphQL */ `
  query Handles($id: ID!) {
    customer(id: $id) {
      id
      email
      phone
      orders(first: 20) {
        edges {
          node {
            id
            number
            shipments {
              id
              trackingNumber
            }
          }
        }
      }
      tickets(first: 20) {
        edges {
          node {
            id
            number
          }
        }
      }
    }
  }
`;

describe.each(ENGINES)('Reaching the customer from any identifier on %s', (engine) => {
  let stack: Stack;
  let maria: Handles['customer'];
  beforeAll(async () => {
    stack = await startStack(engine);
    const { body } = await stack.query<Handles>(HANDLES, { id: 'cus_1' });
    expect(body.errors).toBeUndefined();
    maria = body.data!.customer;
  });
  afterAll(() => stack?.stop());

  async function customerNameVia(query: string, variables: Record<string, unknown>): Promise<string | undefined> {
    const { status, body } = await stack.query<Record<string, unknown>>(query, variables);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    return JSON.stringify(body.data).match(/"name":"([^"]+)"/)?.[1];
  }

  it('finds the customer by id, e-mail (any case) and phone (as typed)', async () => {
    expect(await customerNameVia('query($id: ID!) { customer(id: $id) { name } }', { id: maria.id })).toBe(
      'Maria Keller',
    );
    expect(
      await customerNameVia('query($e: String!) { customerByEmail(email: $e) { name } }', {
        e: maria.email.toUpperCase(),
      }),
    ).toBe('Maria Keller');
    const typed = maria.phone.replace(/^(\+\d\d)(\d{3})(\d+)$/, '$1 ($2) $3');
    expect(await customerNameVia('query($p: String!) { customerByPhone(phone: $p) { name } }', { p: typed })).toBe(
      'Maria Keller',
    );
  });

  it('finds the customer from an order number, a tracking number and a ticket number', async () => {
    const order = maria.orders.edges.map((e) => e.node).find((o) => o.shipments.length > 0)!;
    expect(
      await customerNameVia('query($n: String!) { orderByNumber(number: $n) { customer { name } } }', {
        n: order.number,
      }),
    ).toBe('Maria Keller');
    expect(
      await customerNameVia(
        'query($t: String!) { shipmentByTrackingNumber(trackingNumber: $t) { order { customer { name } } } }',
        { t: order.shipments[0]!.trackingNumber.toLowerCase() },
      ),
    ).toBe('Maria Keller');
    expect(
      await customerNameVia('query($n: String!) { ticketByNumber(number: $n) { customer { name } } }', {
        n: maria.tickets.edges[0]!.node.number,
      }),
    ).toBe('Maria Keller');
    expect(await customerNameVia('query($id: ID!) { order(id: $id) { customer { name } } }', { id: order.id })).toBe(
      'Maria Keller',
    );
    expect(
      await customerNameVia('query($id: ID!) { shipment(id: $id) { customer { name } } }', {
        id: order.shipments[0]!.id,
      }),
    ).toBe('Maria Keller');
    expect(
      await customerNameVia('query($id: ID!) { ticket(id: $id) { customer { name } } }', {
        id: maria.tickets.edges[0]!.node.id,
      }),
    ).toBe('Maria Keller');
  });

  it.each([
    ['customer(id: "cus_999999")', 'NOT_FOUND'],
    ['customer(id: "42")', 'INVALID_IDENTIFIER'],
    ['customerByEmail(email: "nobody@example.com")', 'NOT_FOUND'],
    ['customerByEmail(email: "not-an-email")', 'INVALID_IDENTIFIER'],
    ['customerByPhone(phone: "12")', 'INVALID_IDENTIFIER'],
    ['orderByNumber(number: "ORD-999999999")', 'NOT_FOUND'],
    ['orderByNumber(number: "order 7")', 'INVALID_IDENTIFIER'],
    ['shipmentByTrackingNumber(trackingNumber: "NOPE0000000000")', 'NOT_FOUND'],
    ['shipmentByTrackingNumber(trackingNumber: "x")', 'INVALID_IDENTIFIER'],
    ['ticketByNumber(number: "T-999999999")', 'NOT_FOUND'],
    ['ticketByNumber(number: "ticket-1")', 'INVALID_IDENTIFIER'],
    ['product(sku: "SKU-9999")', 'NOT_FOUND'],
  ])('answers %s with a %s error that names the argument', async (field, code) => {
    const { status, body } = await stack.query<Record<string, unknown>>(`{ result: ${field} { __typename } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ result: null });
    expect(body.errors).toHaveLength(1);
    const error = body.errors![0]!;
    expect(error.extensions?.['code']).toBe(code);
    expect(error.path).toEqual(['result']);
    expect(error.message.length).toBeGreaterThan(20);
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|localhost|stacktrace|SELECT|\bat .*\.ts:/i);
  });
});
