import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, OperationTypeNode, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { loadSavedOperations } from '../../gateway/playground/savedOperations';
import { SCENARIO } from '../../stack/seed/scenarioIds';
import { isRefusal, openSse } from '../support/sseClient';
import type { SseStream } from '../support/sseClient';
import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';
import { authHeader } from '../support/tokens';

/** The operation a saved file holds (one per file, plus the fragments it spreads). */
function operationOf(query: string): OperationDefinitionNode {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error(`No operation in:\n${query}`);
  return operation;
}

// as the playground loads them: each file's text with the shared fragments it spreads
const saved = loadSavedOperations().map((op) => ({
  file: `${op.name}.graphql`,
  query: op.query,
  variables: JSON.parse(op.variables ?? '{}') as Record<string, unknown>,
  operation: operationOf(op.query),
}));
// queries and mutations run by POST; subscriptions run over the stream endpoint
const operations = saved.filter((o) => o.operation.operation !== OperationTypeNode.SUBSCRIPTION);
const subscriptions = saved.filter((o) => o.operation.operation === OperationTypeNode.SUBSCRIPTION);
const rootFieldOf = ({ operation }: (typeof saved)[number]) => {
  const [field] = operation.selectionSet.selections;
  return field?.kind === Kind.FIELD ? field.name.value : undefined;
};

const ADD_MESSAGE = /* GraphQL */ `
  mutation savedLiveProbe($ticketId: ID!, $body: String!) {
    addMessage(input: { ticketId: $ticketId, direction: INBOUND, channel: EMAIL, body: $body }) {
      id
    }
  }
`;

describe('Saved operations cover the API', () => {
  it('has one saved subscription for every Subscription field, so the playground can show each live feed', () => {
    const api = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));
    const fields = Object.keys(api.getSubscriptionType()?.getFields() ?? {}).sort();
    expect(fields.length).toBeGreaterThan(0);
    expect(subscriptions.map(rootFieldOf).sort()).toEqual(fields);
  });
});

// The playground's saved operations are executed here, so they can never rot.
describe.each(ENGINES)('Saved operations on %s', (engine) => {
  let stack: Stack;
  const streams: SseStream[] = [];
  beforeAll(async () => {
    stack = await startStack(engine);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await stack?.stop();
  });

  /** Opens `subscription` over SSE as an agent would from the playground. */
  async function subscribe(subscription: (typeof saved)[number]): Promise<SseStream> {
    const opened = await openSse(
      `${stack.url}/stream`,
      { query: subscription.query, variables: subscription.variables },
      await authHeader('agent'),
    );
    if (isRefusal(opened)) throw new Error(`${subscription.file} was refused: ${JSON.stringify(opened)}`);
    streams.push(opened);
    return opened;
  }

  it('has the operations the playground promises', () => {
    expect(operations.map((o) => o.file)).toEqual(
      expect.arrayContaining(['customerStory.graphql', 'whereIsMyOrder.graphql']),
    );
  });

  it.each(operations.map((o) => [o.file, o] as const))(
    '%s runs without errors and finds data',
    async (_file, operation) => {
      const { status, body } = await stack.query<Record<string, unknown>>(operation.query, operation.variables);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      for (const value of Object.values(body.data ?? {})) expect(value).not.toBeNull();
    },
  );

  it.each(subscriptions.map((o) => [o.file, o] as const))(
    '%s opens a live stream over SSE for an agent',
    async (_file, subscription) => {
      const stream = await subscribe(subscription);
      expect(stream.status).toBe(200);
      stream.close();
    },
  );

  it.each(['liveCustomerStory.graphql', 'liveTicket.graphql'])(
    '%s emits the whole selection, without errors, when a message is added to the ticket it watches',
    async (file) => {
      const subscription = saved.find((o) => o.file === file);
      if (!subscription) throw new Error(`operations/${file} is missing`);
      const stream = await subscribe(subscription);
      const body = `Saved ${file} probe ${Date.now()}`;
      const write = await stack.query(ADD_MESSAGE, { ticketId: SCENARIO.maria.ticketId, body });
      expect(write.body.errors).toBeUndefined();
      const emission = await stream.next<Record<string, { changes: { kind: string }[] }>>(20_000, ({ result }) =>
        JSON.stringify(result).includes(body),
      );
      expect(emission.result.errors).toBeUndefined();
      const [update] = Object.values(emission.result.data ?? {});
      expect(update?.changes.map((change) => change.kind)).toContain('TICKET_MESSAGE_ADDED');
      expect(emission.id).toEqual(expect.any(String));
      stream.close();
    },
  );
});
