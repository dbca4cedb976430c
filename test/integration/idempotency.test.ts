import { ENGINES } from '../support/testDatabases';
import { authHeader } from '../support/tokens';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

const OPEN = `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id number } }`;
const REQUESTS = 50;
const ADD_MESSAGE = `mutation ($input: AddMessageInput!) { addMessage(input: $input) { id messages(first: 100) { totalCount } } }`;
const MESSAGES = 20;

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

  it('scopes keys to the caller: another supervisor sending the same key and request opens a ticket of their own', async () => {
    const key = `scoped-${engine}-0001`;
    const other = await authHeader({ role: 'supervisor', sub: 'sup_other' });
    const mine = await stack.query<{ openTicket: { id: string } }>(OPEN, { input: input(key) });
    const theirs = await stack.query<{ openTicket: { id: string } }>(OPEN, { input: input(key) }, other);
    expect([mine.body.errors, theirs.body.errors]).toEqual([undefined, undefined]);
    expect(theirs.body.data?.openTicket.id).not.toBe(mine.body.data?.openTicket.id);
    const theirsAgain = await stack.query<{ openTicket: { id: string } }>(OPEN, { input: input(key) }, other);
    expect(theirsAgain.body.data?.openTicket.id).toBe(theirs.body.data?.openTicket.id);
  });

  it(`writes one message for ${MESSAGES} concurrent identical addMessage requests with one key`, async () => {
    const messages = async () => {
      const [row] = await stack.dbs.tickets.query<{ count: number }>(
        "SELECT count(*)::int AS count FROM tickets.messages WHERE ticket_id = 'tkt_1'",
      );
      return row!.count;
    };
    const before = await messages();
    const request = {
      input: {
        ticketId: 'tkt_1',
        direction: 'INTERNAL',
        body: 'Asked the carrier for a trace.',
        agentId: 'agt_1',
        idempotencyKey: `add-message-${engine}-0001`,
      },
    };
    const responses = await Promise.all(
      Array.from({ length: MESSAGES }, () =>
        stack.query<{ addMessage: { messages: { totalCount: number } } }>(ADD_MESSAGE, request),
      ),
    );
    expect(responses.flatMap((r) => r.body.errors ?? [])).toEqual([]);
    expect(new Set(responses.map((r) => r.body.data?.addMessage.messages.totalCount))).toEqual(new Set([before + 1]));
    expect(await messages()).toBe(before + 1);
  }, 60_000);
});
