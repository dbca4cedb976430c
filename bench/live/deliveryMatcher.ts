import type { LiveEmission } from './liveSubscriber';

/** The change kinds the bench's writes announce (LiveChangeKind). */
export const WRITE_KINDS = ['TICKET_MESSAGE_ADDED', 'SHIPMENT_EVENT_RECORDED', 'ORDER_CANCELLED'] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** One write the bench sent through the gateway. */
export interface LiveWrite {
  seq: number;
  customerId: string;
  kind: WriteKind;
  /** The entity the change names: the ticket (a message), the shipment (a parcel event) or the order (cancelled). */
  entityId: string;
  /** ms since the epoch, sub-millisecond. */
  sentAt: number;
  answeredAt?: number;
  /** Undefined while in flight; false when the gateway answered with an error (the write is not expected). */
  ok?: boolean;
  /** False for the warm-up writes, which only show the subscriptions are live. */
  measured: boolean;
}

/**
 * changedAt is an ISO instant in whole milliseconds (truncated), the send time has a fraction: a change made in
 * the same millisecond as its send looks up to 1 ms older.
 */
const CLOCK_SLACK_MS = 1;
const SAMPLES_KEPT = 5;

/** What one subscriber's emissions showed. */
export interface MatchTally {
  emissions: number;
  /** Changes listed in all emissions. */
  changes: number;
  /** Changes of a kind the bench does not write (a queue change after a message, an SLA deadline): not checked. */
  otherChanges: number;
  /** Changes of a write kind that no write explains: another customer's, or a wrong entity. Must be 0. */
  unmatched: number;
  /** The same change listed twice to one subscriber. Must be 0 ("each once"). */
  duplicates: number;
  resyncs: number;
  /** Emissions with GraphQL errors. */
  errorEmissions: number;
  samples: string[];
}

const newTally = (): MatchTally => ({
  emissions: 0,
  changes: 0,
  otherChanges: 0,
  unmatched: 0,
  duplicates: 0,
  resyncs: 0,
  errorEmissions: 0,
  samples: [],
});

/** Deliveries of the measured writes: latencies, and every (write, subscriber) pair that never arrived. */
export interface DeliveryOutcome {
  /** Measured writes the gateway answered without error. */
  writes: number;
  /** Measured writes answered with an error (not expected at the subscribers). */
  failedWrites: number;
  /** writes × the subscribers of each write's customer. */
  expected: number;
  delivered: number;
  lost: number;
  /** ms from each write's send to each subscriber's receipt of the emission listing its change, ascending. */
  latenciesMs: number[];
  lostSamples: string[];
}

/**
 * Matches the changes subscribers receive to the writes the bench sent. The mutation's answer does not carry the
 * change's event id, so the match is by what the change says: its customer (the subscription's), kind, entity and
 * time. The write driver sends at most one write per customer at a time, and the next one only after the previous
 * answered (the change is announced before the answer): so a customer's writes occupy disjoint intervals, and the
 * write a change belongs to is the customer's last one sent before `changedAt`. A change whose kind or entity
 * differs from that write's is counted `unmatched`, never guessed.
 */
export class DeliveryMatcher {
  private readonly customerOf: string[] = [];
  private readonly subscribersOf = new Map<string, number[]>();
  private readonly writesOf = new Map<string, LiveWrite[]>();
  private readonly allWrites: LiveWrite[] = [];
  /** subscriber → write seq → receipt time. */
  private readonly received: Map<number, number>[] = [];
  /** subscriber → change ids seen. */
  private readonly seen: Set<string>[] = [];
  private readonly tallies: MatchTally[] = [];

  /** Registers subscriber `index` (0, 1, 2… in order) as watching `customerId`. */
  addSubscriber(customerId: string): number {
    const index = this.customerOf.length;
    this.customerOf.push(customerId);
    this.received.push(new Map());
    this.seen.push(new Set());
    this.tallies.push(newTally());
    const list = this.subscribersOf.get(customerId) ?? [];
    list.push(index);
    this.subscribersOf.set(customerId, list);
    return index;
  }

  /** Called just before the write is sent: writes of one customer must come in sending order. */
  addWrite(write: LiveWrite): void {
    const list = this.writesOf.get(write.customerId) ?? [];
    const last = list.at(-1);
    if (last && (last.ok === undefined || last.sentAt > write.sentAt)) {
      throw new Error(
        `invariant: write ${write.seq} sent while write ${last.seq} of ${write.customerId} was in flight`,
      );
    }
    list.push(write);
    this.writesOf.set(write.customerId, list);
    this.allWrites.push(write);
  }

  onEmission(subscriber: number, emission: LiveEmission): void {
    const customerId = this.customerOf[subscriber];
    const tally = this.tallies[subscriber];
    const received = this.received[subscriber];
    const seen = this.seen[subscriber];
    if (customerId === undefined || !tally || !received || !seen)
      throw new Error(`invariant: no subscriber ${subscriber}`);
    tally.emissions += 1;
    if (emission.resync) tally.resyncs += 1;
    if (emission.errors.length > 0) {
      tally.errorEmissions += 1;
      this.sample(
        tally,
        `${customerId}: emission ${emission.eventId ?? '?'} has errors: ${emission.errors.join('; ')}`,
      );
    }
    for (const change of emission.changes) {
      tally.changes += 1;
      if (seen.has(change.id)) {
        tally.duplicates += 1;
        this.sample(tally, `${customerId}: change ${change.id} listed again`);
        continue;
      }
      seen.add(change.id);
      if (!(WRITE_KINDS as readonly string[]).includes(change.kind)) {
        tally.otherChanges += 1;
        continue;
      }
      const write = this.writeAt(customerId, change.changedAt);
      const entity =
        change.kind === 'TICKET_MESSAGE_ADDED'
          ? change.ticketId
          : change.kind === 'SHIPMENT_EVENT_RECORDED'
            ? change.shipmentId
            : change.orderId;
      if (!write || write.kind !== change.kind || write.entityId !== entity) {
        tally.unmatched += 1;
        this.sample(
          tally,
          `${customerId}: change ${change.id} ${change.kind} of ${entity ?? '?'} at ${new Date(change.changedAt).toISOString()} matches no write` +
            (write ? ` (the write then was ${write.seq}: ${write.kind} of ${write.entityId})` : ''),
        );
        continue;
      }
      if (received.has(write.seq)) {
        // a second change explained by the same write: the write announced twice
        tally.unmatched += 1;
        this.sample(tally, `${customerId}: change ${change.id} is a second change for write ${write.seq}`);
        continue;
      }
      received.set(write.seq, emission.receivedAt);
    }
  }

  /** (write, subscriber) pairs of `writes` not received yet: 0 once each write reached all its customer's subscribers. */
  missing(writes: readonly LiveWrite[]): number {
    let missing = 0;
    for (const write of writes) {
      for (const subscriber of this.subscribersOf.get(write.customerId) ?? []) {
        if (!this.received[subscriber]?.has(write.seq)) missing += 1;
      }
    }
    return missing;
  }

  /** Deliveries of the measured writes so far. */
  outcome(): DeliveryOutcome {
    const latenciesMs: number[] = [];
    const lostSamples: string[] = [];
    let writes = 0;
    let failedWrites = 0;
    let expected = 0;
    for (const write of this.allWrites) {
      if (!write.measured) continue;
      if (write.ok !== true) {
        failedWrites += 1;
        continue;
      }
      writes += 1;
      for (const subscriber of this.subscribersOf.get(write.customerId) ?? []) {
        expected += 1;
        const at = this.received[subscriber]?.get(write.seq);
        if (at !== undefined) latenciesMs.push(at - write.sentAt);
        else if (lostSamples.length < SAMPLES_KEPT)
          lostSamples.push(
            `write ${write.seq} (${write.kind} of ${write.entityId}) never reached subscriber ${subscriber} of ${write.customerId}`,
          );
      }
    }
    latenciesMs.sort((a, b) => a - b);
    return {
      writes,
      failedWrites,
      expected,
      delivered: latenciesMs.length,
      lost: expected - latenciesMs.length,
      latenciesMs,
      lostSamples,
    };
  }

  /** Every subscriber's tally added up, with the first few samples. */
  tally(): MatchTally {
    const total = newTally();
    for (const tally of this.tallies) {
      total.emissions += tally.emissions;
      total.changes += tally.changes;
      total.otherChanges += tally.otherChanges;
      total.unmatched += tally.unmatched;
      total.duplicates += tally.duplicates;
      total.resyncs += tally.resyncs;
      total.errorEmissions += tally.errorEmissions;
      for (const sample of tally.samples) if (total.samples.length < SAMPLES_KEPT) total.samples.push(sample);
    }
    return total;
  }

  /** The customer's last write sent at or before `changedAt` (the writes of one customer never overlap). */
  private writeAt(customerId: string, changedAt: number): LiveWrite | undefined {
    const list = this.writesOf.get(customerId) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const write = list[i] as LiveWrite;
      if (write.sentAt <= changedAt + CLOCK_SLACK_MS) return write;
    }
    return undefined;
  }

  private sample(tally: MatchTally, line: string): void {
    if (tally.samples.length < SAMPLES_KEPT) tally.samples.push(line);
  }
}
