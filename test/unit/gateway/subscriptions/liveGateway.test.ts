import { join } from 'node:path';
import { createGateway } from '../../../../gateway/createGateway';
import type { Gateway } from '../../../../gateway/createGateway';
import { LIVE_FIELDS } from '../../../../gateway/liveFields';
import { loadSupergraph } from '../../../../gateway/supergraph';
import type { LiveStream } from '../../../../gateway/subscriptions';
import type { Caller } from '../../../../platform/caller';
import { memoryChangeFeed } from '../../../../platform/changeEvents';
import type { ChangeFeed } from '../../../../platform/changeEvents';
import { startStack } from '../../../support/stack';
import type { Stack } from '../../../support/stack';
import { take } from './liveTestKit';

const AGENT: Caller = { userId: 'agt_1', role: 'agent', team: 'billing', scopes: ['graph:read', 'pii:read'] };
const ANALYST: Caller = { userId: 'analyst', role: 'analyst', scopes: ['graph:read'] };

const STORY = /* GraphQL */ `
  subscription Story($id: ID!) {
    customerChanged(id: $id) {
      eventId
      resync
      changes {
        id
        kind
        system
        ticket {
          number
          subject
        }
      }
      customer {
        id
        email
      }
    }
  }
`;

interface Story {
  customerChanged: {
    eventId: string;
    resync: boolean;
    changes: { id: string; kind: string; system: string; ticket: { number: string; subject: string } | null }[];
    customer: { id: string; email: string };
  };
}

// A gateway of its own in front of the stack's five subgraphs, on a feed the test appends to: the live service
// with the real executor, plan and subgraphs behind it.
describe('Live gateway: emissions resolved through the graph', () => {
  let stack: Stack;
  let gateway: Gateway;
  let feed: ChangeFeed;
  let ticket: { id: string; number: string };

  beforeAll(async () => {
    stack = await startStack('pglite');
    feed = memoryChangeFeed();
    gateway = await createGateway({
      supergraph: loadSupergraph(join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql')),
      subgraphUrls: stack.subgraphUrls,
      signingSecret: stack.signingSecret,
      changeFeed: feed,
      live: { fields: LIVE_FIELDS, settings: { coalesceMs: 5 } },
    });
    const answer = await stack.query<{
      customer: { tickets: { edges: { node: { id: string; number: string } }[] } };
    }>('{ customer(id: "cus_1") { tickets(first: 1) { edges { node { id number } } } } }');
    const first = answer.body.data?.customer.tickets.edges[0]?.node;
    if (!first) throw new Error('cus_1 has no ticket in the seeded data');
    ticket = first;
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await stack?.stop();
  });

  async function open(caller: Caller, id = 'cus_1'): Promise<LiveStream> {
    if (!gateway.live) throw new Error('the gateway has no live service');
    const opened = await gateway.live.open({ query: STORY, variables: { id }, caller, requestId: 'test' });
    if ('errors' in opened) throw new Error(JSON.stringify(opened.errors));
    return opened;
  }

  it('sends each subscriber the change and the entities as its role sees them', async () => {
    const agent = await open(AGENT);
    const analyst = await open(ANALYST);
    await feed.append([
      {
        kind: 'TICKET_MESSAGE_ADDED',
        system: 'tickets',
        changedAt: new Date().toISOString(),
        entities: [
          { typename: 'Ticket', keys: { id: ticket.id, number: ticket.number } },
          { typename: 'Customer', keys: { id: 'cus_1' } },
        ],
        facts: { direction: 'INBOUND', channel: 'EMAIL' },
      },
    ]);
    const forAgent = await take(agent);
    const forAnalyst = await take(analyst);
    expect(forAgent.result.errors).toBeUndefined();
    const story = (forAgent.result.data as unknown as Story).customerChanged;
    expect(forAgent.id).toBe(await feed.lastId());
    expect(story).toMatchObject({
      eventId: forAgent.id,
      resync: false,
      changes: [{ kind: 'TICKET_MESSAGE_ADDED', system: 'TICKETS', ticket: { number: ticket.number } }],
      customer: { id: 'cus_1' },
    });
    expect(story.changes[0]?.ticket?.subject).toEqual(expect.any(String));
    const masked = (forAnalyst.result.data as unknown as Story).customerChanged.customer.email;
    expect(story.customer.email).toContain('@');
    expect(masked).not.toBe(story.customer.email);
    await agent.return?.();
    await analyst.return?.();
  });

  it('refuses a malformed customer id before anything is resolved', async () => {
    const refused = await gateway.live?.open({
      query: STORY,
      variables: { id: 'cus-1' },
      caller: AGENT,
      requestId: 'test',
    });
    expect(refused).toMatchObject({ status: 400, errors: [{ extensions: { code: 'INVALID_IDENTIFIER' } }] });
  });

  it('refuses a caller without graph:read as a query would be', async () => {
    const refused = await gateway.live?.open({
      query: STORY,
      variables: { id: 'cus_1' },
      caller: { userId: 'svc', role: 'service', scopes: ['metrics:read'] },
      requestId: 'test',
    });
    expect(refused).toMatchObject({ status: 403, errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});
