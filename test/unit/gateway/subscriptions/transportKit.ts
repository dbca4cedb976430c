import { join } from 'node:path';
import { createGateway } from '../../../../gateway/createGateway';
import type { Gateway } from '../../../../gateway/createGateway';
import { LIVE_FIELDS } from '../../../../gateway/liveFields';
import { loadSupergraph } from '../../../../gateway/supergraph';
import { memoryChangeFeed } from '../../../../platform/changeEvents';
import type { ChangeFeed, ChangeInput } from '../../../../platform/changeEvents';
import { listen } from '../../../../platform/http/listen';
import type { Listening } from '../../../../platform/http/listen';

/** Heartbeats this often in these tests, so that one shows up without waiting 15 s. */
export const HEARTBEAT_MS = 200;

export const CUSTOMER_STORY = /* GraphQL */ `
  subscription Story($id: ID!) {
    customerChanged(id: $id) {
      eventId
      changes {
        id
        kind
      }
      customer {
        id
      }
    }
  }
`;

export interface Story {
  customerChanged: { eventId: string; changes: { id: string; kind: string }[]; customer: { id: string } };
}

export interface LiveHttp {
  gateway: Gateway;
  http: Listening;
  feed: ChangeFeed;
  /** Announces a change to `customer` (no subgraph is needed: the selection stays in the live subgraph). */
  announce(customer?: string): Promise<string>;
  /** Open subscriptions, as the gateway's gauge counts them. */
  openSubscriptions(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The real gateway (createGateway, the product's live fields) on a free port with its WebSocket transport attached,
 * on an in-memory change feed the test appends to. The subscriptions select only what the live subgraph answers,
 * so no subgraph has to run.
 */
export async function startLiveHttp(): Promise<LiveHttp> {
  const feed = memoryChangeFeed();
  const gateway = await createGateway({
    supergraph: loadSupergraph(join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql')),
    changeFeed: feed,
    live: { fields: LIVE_FIELDS, settings: { coalesceMs: 0, heartbeatMs: HEARTBEAT_MS } },
  });
  const http = await listen(gateway.app, { port: 0, host: '127.0.0.1' });
  gateway.attach(http.server);
  return {
    gateway,
    http,
    feed,
    async announce(customer = 'cus_1') {
      const change: ChangeInput = {
        kind: 'CUSTOMER_NOTE_ADDED',
        entities: [{ typename: 'Customer', keys: { id: customer } }],
        facts: {},
      };
      await feed.append([{ ...change, system: 'crm', changedAt: new Date().toISOString() }]);
      const id = await feed.lastId();
      if (id === undefined) throw new Error('the feed has no event after an append');
      return id;
    },
    async openSubscriptions() {
      const gauge = await gateway.metrics.getSingleMetric('c360_live_subscriptions')?.get();
      return gauge?.values.reduce((sum, { value }) => sum + value, 0) ?? 0;
    },
    async stop() {
      await gateway.closeStreams();
      await http.close(1_000);
      await gateway.stop();
      await feed.close();
    },
  };
}

/** Waits until `condition` holds, checking every few ms (no timing assertion: it waits as long as needed). */
export async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
}
