import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

const OPEN = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id number } }`;
const REQUESTS = 50;

function input(key: string, body = 'Where is my parcel?') {
  return { customerId: 'cus_2', channel: 'CHAT', category: 'DELIVERY', subject: 'Parcel', body, idempotencyKey: key };
}

describe.each(ENGINES)('openTicket idempotency through the gateway on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine, { customers: 10 });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function customerTicketCount(): Promise<number> {
    const { body } = await stack.query<{ customer: { tickets: { edges: { node: { id: string } }[] } } }>(
      '{ customer(id: "cus_2") { tickets(first: 100) { edges { node { id } } } } }',
    );
    return body.data!.customer.tickets.edges.length;
  }

  it(`creates exactly one ticket for ${REQUESTS} concurrent identical requests`, async () => {
    const key = `concurrent-${engine}-0001`;
    const before = await customerTicketCount();
    const responses = await Promise.all(
      Array.from({ length: REQUESTS }, () => stack.query<{ openTicket: { id: string } }>(OPEN, { input: input(key) })),
    );
    const errors = responses.flatMap((r) => r.body.errors ?? []);
    const ids = new Set(responses.map((r) => r.body.data?.openTicket.id));
    const created = (await customerTicketCount()) - before;
    console.log(
      `idempotency on ${engine}: ${REQUESTS} requests sent, ${created} ticket(s) created, ids ${[...ids].join(', ')}`,
    );
    expect(errors).toEqual([]);
    expect(ids.size).toBe(1);
    expect(created).toBe(1);
  }, 60_000);

  it('rejects the same key with a different request', async () => {
    const key = `reused-${engine}-0001`;
    const first = await stack.query(OPEN, { input: input(key) });
    expect(first.body.errors).toBeUndefined();
    const other = await stack.query(OPEN, { input: input(key, 'Something else entirely') });
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
