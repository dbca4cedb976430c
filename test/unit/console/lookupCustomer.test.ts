import { CombinedError } from '@urql/core';
import type { Client } from '@urql/core';
import { Kind } from 'graphql';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { lookupCustomer } from '../../../console/src/find/lookupCustomer';

const MARIA = { id: 'cus_1', name: 'Maria Keller' };

/** What the fake gateway answers, by operation name: data, or an error with a code. */
type Answer = { data: Record<string, unknown> } | { code: string; message: string };

/** A urql client whose query() answers from `answers` and records which operations were sent, with what. */
function fakeClient(answers: Record<string, Answer>) {
  const sent: { operation: string; variables: unknown; requestPolicy: unknown }[] = [];
  const client = {
    query(document: DocumentNode, variables: unknown, context: { requestPolicy?: string }) {
      const definition = document.definitions.find(
        (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
      );
      const operation = definition?.name?.value ?? '?';
      sent.push({ operation, variables, requestPolicy: context.requestPolicy });
      const answer = answers[operation] ?? { code: 'NOT_FOUND', message: 'nothing' };
      const result =
        'data' in answer
          ? { data: answer.data, error: undefined }
          : {
              data: undefined,
              error: new CombinedError({
                graphQLErrors: [{ message: answer.message, extensions: { code: answer.code } }],
              }),
            };
      return { toPromise: async () => result };
    },
  } as unknown as Client;
  return { client, sent };
}

describe('Find: looking up the customer behind an identifier', () => {
  it('finds the customer of a parcel by tracking number, always from the network, and anchors the parcel', async () => {
    const { client, sent } = fakeClient({
      consoleFindShipmentByTrackingNumber: {
        data: { shipmentByTrackingNumber: { id: 'shp_1', trackingNumber: 'DHL00012345678', customer: MARIA } },
      },
    });
    await expect(lookupCustomer(client, [{ kind: 'trackingNumber', value: 'DHL00012345678' }])).resolves.toEqual({
      kind: 'found',
      customer: MARIA,
      hash: 'parcel-DHL00012345678',
    });
    expect(sent).toEqual([
      {
        operation: 'consoleFindShipmentByTrackingNumber',
        variables: { trackingNumber: 'DHL00012345678' },
        requestPolicy: 'network-only',
      },
    ]);
  });

  it('anchors a ticket by its number, whether found by number or by id', async () => {
    const ticket = { id: 'tkt_1', number: 'T-100001', customer: MARIA };
    const { client } = fakeClient({
      consoleFindTicket: { data: { ticket } },
      consoleFindTicketByNumber: { data: { ticketByNumber: ticket } },
    });
    for (const candidate of [
      { kind: 'ticketId', value: 'tkt_1' },
      { kind: 'ticketNumber', value: 'T-100001' },
    ] as const) {
      await expect(lookupCustomer(client, [candidate])).resolves.toMatchObject({ hash: 'ticket-T-100001' });
    }
  });

  it('tries the next reading when the first finds nobody: a phone number, then a tracking number', async () => {
    const { client, sent } = fakeClient({
      consoleFindShipmentByTrackingNumber: {
        data: { shipmentByTrackingNumber: { id: 'shp_9', trackingNumber: '004915112345671', customer: MARIA } },
      },
    });
    const outcome = await lookupCustomer(client, [
      { kind: 'phone', value: '+4915112345671' },
      { kind: 'trackingNumber', value: '004915112345671' },
    ]);
    expect(outcome).toMatchObject({ kind: 'found', customer: MARIA });
    expect(sent.map(({ operation }) => operation)).toEqual([
      'consoleFindCustomerByPhone',
      'consoleFindShipmentByTrackingNumber',
    ]);
  });

  it('says nobody matches when every reading is NOT_FOUND', async () => {
    const { client } = fakeClient({});
    await expect(lookupCustomer(client, [{ kind: 'orderNumber', value: 'ORD-999999' }])).resolves.toEqual({
      kind: 'notFound',
    });
  });

  it("passes on the server's INVALID_IDENTIFIER message, which names the expected form", async () => {
    const message = '"ORD-12" is not a valid number: expected ORD-<6 to 12 digits>, e.g. ORD-100001.';
    const { client } = fakeClient({ consoleFindOrderByNumber: { code: 'INVALID_IDENTIFIER', message } });
    await expect(lookupCustomer(client, [{ kind: 'orderNumber', value: 'ORD-12' }])).resolves.toEqual({
      kind: 'invalid',
      message,
    });
  });

  it('lets a reading the token may not use pass to the next, and says why when none found anybody', async () => {
    const message = 'Your token (role analyst) may not use Query.customerByPhone (needs pii:read).';
    const { client, sent } = fakeClient({ consoleFindCustomerByPhone: { code: 'FORBIDDEN', message } });
    const outcome = await lookupCustomer(client, [
      { kind: 'phone', value: '+4915112345671' },
      { kind: 'trackingNumber', value: '004915112345671' },
    ]);
    expect(outcome).toEqual({ kind: 'failed', message });
    expect(sent).toHaveLength(2);
  });

  it('stops at an outage and shows its message', async () => {
    const { client, sent } = fakeClient({
      consoleFindCustomerByPhone: { code: 'SUBGRAPH_UNAVAILABLE', message: 'crm is not answering.' },
    });
    const outcome = await lookupCustomer(client, [
      { kind: 'phone', value: '+4915112345671' },
      { kind: 'trackingNumber', value: '004915112345671' },
    ]);
    expect(outcome).toEqual({ kind: 'failed', message: 'crm is not answering.' });
    expect(sent).toHaveLength(1);
  });

  it('says so when an order is found but not whose it is', async () => {
    const { client } = fakeClient({
      consoleFindOrder: { data: { order: { id: 'ord_1', number: 'ORD-100001', customer: null } } },
    });
    await expect(lookupCustomer(client, [{ kind: 'orderId', value: 'ord_1' }])).resolves.toMatchObject({
      kind: 'failed',
    });
  });
});
