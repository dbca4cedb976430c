import type { FormattedExecutionResult } from 'graphql';
import type { Caller } from '../../../../platform/caller';
import { memoryChangeFeed } from '../../../../platform/changeEvents';
import type { ChangeFeed, ChangeInput } from '../../../../platform/changeEvents';
import { createLiveService } from '../../../../gateway/subscriptions';
import type {
  LiveExecutor,
  LiveMessage,
  LiveService,
  LiveSettings,
  LiveStream,
} from '../../../../gateway/subscriptions';
import { LIVE_FIELDS } from '../../../../gateway/liveFields';

export const AGENT: Caller = { userId: 'agt_1', role: 'agent', team: 'billing', scopes: ['graph:read', 'pii:read'] };
export const ANALYST: Caller = { userId: 'ana_1', role: 'analyst', scopes: ['graph:read'] };

/**
 * An executor whose `query` is the field name and `variables` its arguments, resolving an emission to the binding's
 * value itself: the registry's routing, sharing, coalescing and replay without a graph behind it.
 */
export function fakeExecutor(resolve?: (root: Record<string, unknown>) => Promise<FormattedExecutionResult>) {
  const resolutions: Record<string, unknown>[] = [];
  const executor: LiveExecutor = {
    prepare: ({ query, variables, caller }) => ({
      field: query,
      args: { ...(query === 'slaAlerts' ? { withinMinutes: 30 } : {}), ...variables },
      responseKey: query,
      // visibility as the real executor sees it: who may read PII
      shareKey: JSON.stringify([query, variables, caller?.scopes.includes('pii:read') ?? false]),
      async resolve(root) {
        resolutions.push(root);
        return resolve ? resolve(root) : { data: { [query]: root } };
      },
    }),
  };
  return { executor, resolutions };
}

export interface Kit {
  feed: ChangeFeed;
  live: LiveService;
  resolutions: Record<string, unknown>[];
  dropped: string[];
  announce(...changes: ChangeInput[]): Promise<void>;
}

export function liveKit(
  settings: Partial<LiveSettings> = {},
  options: { feed?: ChangeFeed; resolve?: Parameters<typeof fakeExecutor>[0] } = {},
): Kit {
  const feed = options.feed ?? memoryChangeFeed();
  const { executor, resolutions } = fakeExecutor(options.resolve);
  const dropped: string[] = [];
  const live = createLiveService({
    feed,
    executor,
    fields: LIVE_FIELDS,
    settings: { coalesceMs: 5, ...settings },
    observer: {
      subscriptions: () => undefined,
      emitted: () => undefined,
      resolved: () => undefined,
      dropped: (reason) => dropped.push(reason),
    },
  });
  return {
    feed,
    live,
    resolutions,
    dropped,
    announce: (...changes) =>
      feed.append(changes.map((change) => ({ ...change, system: 'tickets', changedAt: new Date().toISOString() }))),
  };
}

/** Opens a stream, failing the test when it is refused. */
export async function subscribe(
  live: LiveService,
  field: string,
  variables: Record<string, unknown>,
  extra: { caller?: Caller; lastEventId?: string; tokenExpiresAt?: number } = {},
): Promise<LiveStream> {
  const opened = await live.open({
    query: field,
    variables,
    caller: 'caller' in extra ? extra.caller : AGENT,
    requestId: 'test',
    lastEventId: extra.lastEventId,
    tokenExpiresAt: extra.tokenExpiresAt,
  });
  if ('errors' in opened) throw new Error(`refused: ${JSON.stringify(opened)}`);
  return opened;
}

export async function take(stream: LiveStream): Promise<LiveMessage> {
  const item = await stream.next();
  if (item.done === true) throw new Error('the stream ended');
  return item.value;
}

/** The ids of the changes an emission of customerChanged/ticketChanged lists. */
export function changeIds(message: LiveMessage, field = 'customerChanged'): string[] {
  const value = message.result.data?.[field] as { changes: { id: string }[] };
  return value.changes.map(({ id }) => id);
}

/** Waits until `condition` holds, checking after each macrotask (no timing assertion: it waits as long as needed). */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

export function ticketChange(kind: string, customer: string, ticket = 'tkt_1'): ChangeInput {
  return {
    kind,
    entities: [
      { typename: 'Ticket', keys: { id: ticket, number: 'T-100001' } },
      { typename: 'Customer', keys: { id: customer } },
    ],
    facts: { team: 'billing' },
  };
}
