import type { Caller } from '../../platform/caller';
import type { ChangeFeed } from '../../platform/changeEvents';
import { parseEventId } from '../../platform/changeEvents';
import { isRefusal } from './liveExecutor';
import type { LiveExecutor } from './liveExecutor';
import type { LiveFieldBinding } from './liveFieldBinding';
import { LiveErrorCode, liveRefusal } from './liveErrorCode';
import type { LiveRefusal } from './liveErrorCode';
import { LiveMember } from './liveMember';
import { NO_LIVE_OBSERVER } from './liveObserver';
import type { LiveObserver } from './liveObserver';
import type { LiveRequest, LiveService, LiveStream } from './liveService';
import { DEFAULT_LIVE_SETTINGS } from './liveSettings';
import type { LiveSettings } from './liveSettings';
import { finalMessage, SubscriptionRegistry } from './subscriptionRegistry';

export interface LiveServiceOptions {
  feed: ChangeFeed;
  executor: LiveExecutor;
  /** The Subscription fields served, one binding each. */
  fields: readonly LiveFieldBinding[];
  settings?: Partial<LiveSettings> | undefined;
  observer?: LiveObserver | undefined;
  /** Errors whose details no client sees (a resolution that threw, a failed replay read). */
  report?: ((error: unknown) => void) | undefined;
  /** The clock, for token expiry; Date.now by default. */
  now?: () => number;
}

/** setTimeout's longest delay; a later expiry re-arms. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The live service (LiveService): checks a subscribe request (limits, the executor's checks, the field's
 * arguments, the Last-Event-ID), then opens a stream in the registry, replaying what a reconnecting client missed.
 * Ends each stream when its token expires.
 */
export function createLiveService(options: LiveServiceOptions): LiveService {
  const settings: LiveSettings = { ...DEFAULT_LIVE_SETTINGS, ...options.settings };
  const observer = options.observer ?? NO_LIVE_OBSERVER;
  const report = options.report ?? (() => undefined);
  const now = options.now ?? Date.now;
  const bindings = new Map(options.fields.map((binding) => [binding.field, binding]));
  const registry = new SubscriptionRegistry({
    feed: options.feed,
    bindings: options.fields,
    settings,
    observer,
    report,
  });
  /** Open streams (and those being opened) per caller key, for the per-caller limit. */
  const perCaller = new Map<string, number>();
  let open = 0;
  let closing = false;

  const release = (key: string) => {
    open--;
    const count = (perCaller.get(key) ?? 1) - 1;
    if (count <= 0) perCaller.delete(key);
    else perCaller.set(key, count);
  };

  /** Takes a slot for the caller, or says which limit refuses it. */
  const reserve = (key: string): LiveRefusal | undefined => {
    if (closing) {
      return liveRefusal(503, LiveErrorCode.GATEWAY_STOPPING, 'The gateway is stopping. Reconnect in a moment.');
    }
    if (open >= settings.maxSubscriptions) {
      return liveRefusal(
        503,
        LiveErrorCode.SUBSCRIPTION_CAPACITY,
        `This gateway holds ${settings.maxSubscriptions} subscriptions, its limit (LIVE_MAX_SUBSCRIPTIONS). Retry later; another replica may have room.`,
      );
    }
    const count = perCaller.get(key) ?? 0;
    if (count >= settings.maxSubscriptionsPerCaller) {
      return liveRefusal(
        429,
        LiveErrorCode.TOO_MANY_SUBSCRIPTIONS,
        `You have ${count} open subscriptions, the most one caller may hold (LIVE_MAX_SUBSCRIPTIONS_PER_CALLER = ${settings.maxSubscriptionsPerCaller}). Close one, or select more in one subscription, before opening another.`,
      );
    }
    open++;
    perCaller.set(key, count + 1);
    return undefined;
  };

  const watchExpiry = (member: LiveMember, expiresAt: number) => {
    const arm = (): NodeJS.Timeout =>
      setTimeout(
        () => {
          if (now() < expiresAt) {
            timer = arm();
            return;
          }
          observer.dropped(LiveErrorCode.TOKEN_EXPIRED);
          member.end(finalMessage(LiveErrorCode.TOKEN_EXPIRED, tokenExpiredMessage(expiresAt, member.resumeId())));
        },
        Math.min(Math.max(expiresAt - now(), 0), MAX_TIMER_MS),
      );
    let timer = arm();
    // a stream alone keeps no process alive; the HTTP connection does
    timer.unref();
    return () => clearTimeout(timer);
  };

  return {
    async open(request: LiveRequest) {
      const key = callerKey(request.caller);
      const refused = reserve(key);
      if (refused) return refused;
      let opened = false;
      try {
        let lastEventId: string | undefined;
        if (request.lastEventId !== undefined) {
          const parsed = parseEventId(request.lastEventId);
          if (!parsed.ok) return liveRefusal(400, 'BAD_USER_INPUT', parsed.message);
          lastEventId = parsed.id;
        }
        const prepared = await options.executor.prepare({
          query: request.query,
          variables: request.variables,
          operationName: request.operationName,
          caller: request.caller,
        });
        if (isRefusal(prepared)) return prepared;
        const binding = bindings.get(prepared.field);
        if (!binding) {
          return liveRefusal(
            400,
            LiveErrorCode.LIVE_FIELD_NOT_SERVED,
            `This gateway serves no live updates for Subscription.${prepared.field}; subscribe to one of: ${[...bindings.keys()].join(', ')}.`,
          );
        }
        const invalid = binding.validateArgs(prepared.args);
        if (invalid) return { status: 400, errors: [invalid.toJSON()] };
        if (closing) {
          return liveRefusal(503, LiveErrorCode.GATEWAY_STOPPING, 'The gateway is stopping. Reconnect in a moment.');
        }

        const member = new LiveMember(request.requestId, request.caller, lastEventId);
        const stopWatching =
          request.tokenExpiresAt === undefined ? () => undefined : watchExpiry(member, request.tokenExpiresAt);
        member.onEnd = () => {
          stopWatching();
          registry.leave(member);
          release(key);
        };
        // listening first, reading the feed after: an event appended in between is seen by one or the other
        registry.join(member, binding, prepared, lastEventId !== undefined);
        opened = true;
        if (lastEventId !== undefined) {
          void registry.replay(member, prepared, lastEventId);
        } else {
          // only for the resume hint of a final message sent before any emission
          options.feed.lastId().then(
            (id) => {
              member.startId ??= id;
            },
            (error: unknown) => report(error),
          );
        }
        return member satisfies LiveStream;
      } finally {
        if (!opened) release(key);
      }
    },
    async close() {
      closing = true;
      registry.close();
    },
  };
}

/** One caller across its tokens and connections: role and user (anonymous with AUTH_MODE=off). */
function callerKey(caller: Caller | undefined): string {
  return caller ? `${caller.role}:${caller.userId}` : 'anonymous';
}

function tokenExpiredMessage(expiresAt: number, resumeId: string | undefined): string {
  const at = new Date(expiresAt).toISOString();
  return resumeId === undefined
    ? `Your token expired at ${at}; reconnect with a fresh token.`
    : `Your token expired at ${at}; reconnect with a fresh token and Last-Event-ID ${resumeId} (or extensions.lastEventId) to resume without losing a change.`;
}
