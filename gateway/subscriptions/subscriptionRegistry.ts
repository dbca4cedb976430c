import type { FormattedExecutionResult } from 'graphql';
import type { ChangeEvent, ChangeFeed } from '../../platform/changeEvents';
import { compareEventIds } from '../../platform/changeEvents';
import type { LiveExecutor, LivePreparedSubscription } from './liveExecutor';
import type { LiveFieldBinding } from './liveFieldBinding';
import { LiveErrorCode } from './liveErrorCode';
import type { Emission, LiveMember } from './liveMember';
import type { LiveObserver } from './liveObserver';
import type { LiveSettings } from './liveSettings';

/** Subscriptions that resolve alike (equal shareKey): one resolution per emission, sent to every member. */
interface Group {
  key: string;
  binding: LiveFieldBinding;
  prepared: LivePreparedSubscription;
  /** The founding member's request id, for the logs of the shared resolutions. */
  requestId: string;
  topics: ReadonlySet<string>;
  members: Set<LiveMember>;
  /** Events waiting for the coalescing timer, in feed order. */
  pending: ChangeEvent[];
  timer: NodeJS.Timeout | undefined;
  /** Emissions resolve one after another, so they reach members in order. */
  chain: Promise<void>;
}

export interface RegistryOptions {
  feed: ChangeFeed;
  bindings: readonly LiveFieldBinding[];
  settings: LiveSettings;
  observer: LiveObserver;
  /** Errors no client may see in full (a resolution that threw, a feed that failed a replay). */
  report: (error: unknown) => void;
}

export type { LiveExecutor };

const INTERNAL_RESULT: FormattedExecutionResult = {
  errors: [
    {
      message: 'Internal error while resolving this emission. It has been logged; the subscription goes on.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
  ],
};

/**
 * Every open subscription of this gateway process, and the one feed listener that routes each event to them: an
 * index topic → groups finds the groups an event concerns without looking at the others; each group coalesces its
 * events for `coalesceMs`, resolves once and broadcasts. A member that reconnected with a Last-Event-ID is replayed
 * what it missed before it takes part (see `replay`), with no event twice and none lost.
 */
export class SubscriptionRegistry {
  private readonly groups = new Map<string, Group>();
  private readonly byTopic = new Map<string, Set<Group>>();
  private readonly groupOf = new Map<LiveMember, Group>();
  private readonly unsubscribe: () => void;

  constructor(private readonly options: RegistryOptions) {
    this.unsubscribe = options.feed.subscribe((event) => this.onEvent(event));
  }

  get size(): number {
    return this.groupOf.size;
  }

  /** Resolutions are shared by groups; how many there are (for tests and metrics). */
  get groupCount(): number {
    return this.groups.size;
  }

  /**
   * Adds `member` to its group (creating it), listening from now on. With `replaying`, what it receives is held
   * until `replay` has sent what it missed.
   */
  join(member: LiveMember, binding: LiveFieldBinding, prepared: LivePreparedSubscription, replaying: boolean): void {
    const key = `${prepared.field}\u0000${prepared.shareKey}`;
    let group = this.groups.get(key);
    if (!group) {
      group = {
        key,
        binding,
        prepared,
        requestId: member.requestId,
        topics: new Set(binding.topicsOf(prepared.args)),
        members: new Set(),
        pending: [],
        timer: undefined,
        chain: Promise.resolve(),
      };
      this.groups.set(key, group);
      for (const topic of group.topics) {
        const indexKey = topicKey(prepared.field, topic);
        let set = this.byTopic.get(indexKey);
        if (!set) this.byTopic.set(indexKey, (set = new Set()));
        set.add(group);
      }
    }
    group.members.add(member);
    this.groupOf.set(member, group);
    member.busy = replaying;
    this.options.observer.subscriptions(prepared.field, 1);
  }

  /** Removes an ended member; the last member out removes its group and its pending timer. */
  leave(member: LiveMember): void {
    const group = this.groupOf.get(member);
    if (!group) return;
    this.groupOf.delete(member);
    group.members.delete(member);
    this.options.observer.subscriptions(group.prepared.field, -1);
    if (group.members.size > 0) return;
    clearTimeout(group.timer);
    this.groups.delete(group.key);
    for (const topic of group.topics) {
      const indexKey = topicKey(group.prepared.field, topic);
      const set = this.byTopic.get(indexKey);
      set?.delete(group);
      if (set?.size === 0) this.byTopic.delete(indexKey);
    }
  }

  /**
   * Sends `member` the events after `lastEventId` that its subscription takes, as one emission resolved for it alone
   * (nothing when none), or a resync when the feed no longer holds them all; then what arrived meanwhile, without
   * the events already replayed.
   */
  async replay(member: LiveMember, prepared: LivePreparedSubscription, lastEventId: string): Promise<void> {
    const group = this.groupOf.get(member);
    if (!group) return;
    const { feed, settings } = this.options;
    member.position = lastEventId;
    try {
      const { events, gap } = await feed.since(lastEventId, settings.replayMax);
      if (member.ended) return;
      // a full page may not be all: rather a resync than a silent hole
      if (gap || events.length >= settings.replayMax) {
        const newest = (await feed.lastId()) ?? lastEventId;
        await this.emitPrivately(member, group, prepared, [], newest, true);
      } else {
        const matching = events.filter((event) => this.takes(group, event));
        const last = matching.at(-1);
        if (last) await this.emitPrivately(member, group, prepared, matching, last.id, false);
      }
    } catch (error) {
      // the feed failed (Redis down): the current state is the best the client can get
      this.options.report(error);
      if (!member.ended) await this.emitPrivately(member, group, prepared, [], lastEventId, true);
    }
    member.busy = false;
    this.drain(member);
  }

  /** Ends every stream with GATEWAY_STOPPING and stops listening. */
  close(): void {
    this.unsubscribe();
    for (const member of [...this.groupOf.keys()]) {
      this.options.observer.dropped(LiveErrorCode.GATEWAY_STOPPING);
      member.end(finalMessage(LiveErrorCode.GATEWAY_STOPPING, gatewayStoppingMessage(member.resumeId())));
    }
    for (const group of this.groups.values()) clearTimeout(group.timer);
  }

  private onEvent(event: ChangeEvent): void {
    const touched = new Set<Group>();
    for (const group of this.groupsFor(event)) touched.add(group);
    for (const group of touched) {
      if (!(group.binding.accepts?.(group.prepared.args, event) ?? true)) continue;
      group.pending.push(event);
      group.timer ??= setTimeout(() => this.flush(group), this.options.settings.coalesceMs);
    }
  }

  private *groupsFor(event: ChangeEvent): Generator<Group> {
    for (const binding of this.options.bindings) {
      let topics: string[];
      try {
        topics = binding.topicsOfEvent(event);
      } catch (error) {
        // an event a binding cannot read must not keep it from the other fields
        this.options.report(error);
        continue;
      }
      for (const topic of topics) yield* this.byTopic.get(topicKey(binding.field, topic)) ?? [];
    }
  }

  private takes(group: Group, event: ChangeEvent): boolean {
    const topics = group.binding.topicsOfEvent(event);
    if (!topics.some((topic) => group.topics.has(topic))) return false;
    return group.binding.accepts?.(group.prepared.args, event) ?? true;
  }

  private flush(group: Group): void {
    group.timer = undefined;
    const events = group.pending.splice(0);
    if (events.length === 0) return;
    group.chain = group.chain.then(() => this.emitGroup(group, events));
  }

  private async emitGroup(group: Group, events: ChangeEvent[]): Promise<void> {
    if (group.members.size === 0) return;
    const eventId = events[events.length - 1]?.id ?? '';
    const result = await this.resolve(group, group.prepared, events, eventId, false, group.requestId);
    const emission: Emission = { eventId, events, message: { id: eventId, result } };
    const members = [...group.members];
    for (const member of members) this.offer(member, emission);
    this.options.observer.emitted(group.prepared.field, members.length);
  }

  private offer(member: LiveMember, emission: Emission): void {
    if (member.ended) return;
    if (member.busy) {
      member.held.push(emission);
      this.checkBacklog(member);
    } else {
      this.process(member, emission);
    }
  }

  /** Delivers an emission, less what the member already had (after a replay): partly new, it is resolved anew. */
  private process(member: LiveMember, emission: Emission): void {
    const position = member.position;
    const fresh =
      position === undefined
        ? emission.events
        : emission.events.filter((event) => compareEventIds(event.id, position) > 0);
    if (fresh.length === 0) return;
    if (fresh.length === emission.events.length) {
      member.position = emission.eventId;
      member.push(emission.message);
      this.checkBacklog(member);
      return;
    }
    const group = this.groupOf.get(member);
    if (!group) return;
    member.busy = true;
    void this.emitPrivately(member, group, group.prepared, fresh, emission.eventId, false).then(() => {
      member.busy = false;
      this.drain(member);
    });
  }

  private drain(member: LiveMember): void {
    while (!member.busy && !member.ended) {
      const next = member.held.shift();
      if (!next) return;
      this.process(member, next);
    }
  }

  private async emitPrivately(
    member: LiveMember,
    group: Group,
    prepared: LivePreparedSubscription,
    events: readonly ChangeEvent[],
    eventId: string,
    resync: boolean,
  ): Promise<void> {
    const result = await this.resolve(group, prepared, events, eventId, resync, member.requestId);
    if (member.ended) return;
    member.position = eventId;
    member.push({ id: eventId, result });
    this.options.observer.emitted(prepared.field, 1);
    this.checkBacklog(member);
  }

  private async resolve(
    group: Group,
    prepared: LivePreparedSubscription,
    events: readonly ChangeEvent[],
    eventId: string,
    resync: boolean,
    requestId: string,
  ): Promise<FormattedExecutionResult> {
    this.options.observer.resolved(prepared.field);
    try {
      const value = group.binding.rootValue(events, { eventId, resync }, prepared.args);
      return await prepared.resolve(value, { requestId });
    } catch (error) {
      // never the end of the stream: the next emission may resolve fine
      this.options.report(error);
      return INTERNAL_RESULT;
    }
  }

  private checkBacklog(member: LiveMember): void {
    if (member.backlog <= this.options.settings.bufferSize) return;
    this.options.observer.dropped(LiveErrorCode.SLOW_CONSUMER);
    const resume = member.takenId();
    member.end(
      finalMessage(
        LiveErrorCode.SLOW_CONSUMER,
        `${this.options.settings.bufferSize} emissions waited for this subscription: the client read too slowly. ` +
          `${resumeAdvice(resume)}`,
      ),
      { dropQueue: true },
    );
  }
}

function topicKey(field: string, topic: string): string {
  return `${field}\u0000${topic}`;
}

export function finalMessage(code: LiveErrorCode, message: string) {
  return { result: { errors: [{ message, extensions: { code } }] }, final: true };
}

/** How to resume without losing a change. */
export function resumeAdvice(resumeId: string | undefined): string {
  return resumeId === undefined
    ? 'Reconnect to resume.'
    : `Reconnect with Last-Event-ID ${resumeId} (or extensions.lastEventId) to resume without losing a change.`;
}

function gatewayStoppingMessage(resumeId: string | undefined): string {
  return `The gateway is stopping. ${resumeAdvice(resumeId)}`;
}
