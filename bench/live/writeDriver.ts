import { setTimeout as sleep } from 'node:timers/promises';
import { graphqlBody } from '../workloads/documents';
import type { DeliveryMatcher, LiveWrite, WriteKind } from './deliveryMatcher';
import { preciseNow } from './liveSubscriber';
import type { WatchedCustomer } from './watchedCustomers';

// Small answers on purpose: the gateway's CPU should go to the subscriptions, not to rendering write answers.
const ADD_MESSAGE = /* GraphQL */ `
  mutation liveBenchMessage($input: AddMessageInput!) {
    addMessage(input: $input) {
      id
    }
  }
`;
const RECORD_SHIPMENT_EVENT = /* GraphQL */ `
  mutation liveBenchParcel($input: RecordShipmentEventInput!) {
    recordShipmentEvent(input: $input) {
      id
    }
  }
`;
const CANCEL_ORDER = /* GraphQL */ `
  mutation liveBenchCancel($orderId: ID!) {
    cancelOrder(orderId: $orderId) {
      id
    }
  }
`;

/** The agent the outbound messages are written by (seeded). */
const AGENT_ID = 'agt_1';
const WRITE_TIMEOUT_MS = 30_000;
/** The next write to a customer waits this long after the previous answered: see DeliveryMatcher. */
const CUSTOMER_GAP_MS = 2;
const SAMPLES_KEPT = 5;

export interface DriverReport {
  /** Writes sent later than their slot because every customer had one in flight. */
  late: number;
  errorSamples: string[];
}

/**
 * Sends writes through the gateway at a steady rate, customer after customer (round robin), never two at once to
 * one customer (the matcher relies on it). Outbound messages on the run's ticket of the customer; for a customer
 * with a parcel on its way, every other write a tracking event on it (with the status it has, so the data set
 * keeps its states); for one with an order still PENDING or PAID, every third write cancels one (each once).
 */
export class WriteDriver {
  private seq = 0;
  private next = 0;
  private late = 0;
  private readonly errorSamples: string[] = [];
  private readonly lastWrite = new Map<string, LiveWrite>();
  /** Writes sent to each customer so far. */
  private readonly turns = new Map<string, number>();

  constructor(
    private readonly graphqlUrl: string,
    private readonly authorization: string,
    private readonly customers: readonly WatchedCustomer[],
    private readonly matcher: DeliveryMatcher,
    private readonly runId: string,
  ) {
    if (customers.length === 0) throw new Error('invariant: the write driver needs customers');
  }

  /** Sends `count` writes `1000 / perSecond` ms apart; resolves with them once every one is answered. */
  async run(count: number, perSecond: number, measured: boolean): Promise<LiveWrite[]> {
    const started = preciseNow();
    const writes: LiveWrite[] = [];
    const answers: Promise<void>[] = [];
    for (let k = 0; k < count; k++) {
      const wait = started + (k * 1000) / perSecond - preciseNow();
      if (wait > 0) await sleep(wait);
      let target = this.idleCustomer();
      if (!target) this.late += 1;
      while (!target) {
        await sleep(1);
        target = this.idleCustomer();
      }
      const { write, body } = this.writeFor(target, measured);
      this.matcher.addWrite(write);
      this.lastWrite.set(target.customerId, write);
      writes.push(write);
      answers.push(this.send(write, body));
    }
    await Promise.all(answers);
    return writes;
  }

  report(): DriverReport {
    return { late: this.late, errorSamples: [...this.errorSamples] };
  }

  /** The next customer in turn whose last write answered at least CUSTOMER_GAP_MS ago. */
  private idleCustomer(): WatchedCustomer | undefined {
    const now = preciseNow();
    for (let tried = 0; tried < this.customers.length; tried++) {
      const target = this.customers[this.next++ % this.customers.length] as WatchedCustomer;
      const last = this.lastWrite.get(target.customerId);
      if (!last || (last.answeredAt !== undefined && now - last.answeredAt >= CUSTOMER_GAP_MS)) return target;
    }
    return undefined;
  }

  private writeFor(target: WatchedCustomer, measured: boolean): { write: LiveWrite; body: string } {
    const seq = ++this.seq;
    const write = (kind: WriteKind, entityId: string): LiveWrite => ({
      seq,
      customerId: target.customerId,
      kind,
      entityId,
      sentAt: preciseNow(),
      measured,
    });
    // the customer's own turn: every third write a cancellation while it has a cancellable order, every other
    // write a parcel event while it has a parcel on its way, else a message
    const turn = (this.turns.get(target.customerId) ?? 0) + 1;
    this.turns.set(target.customerId, turn);
    const order = turn % 3 === 0 ? target.cancellableOrderIds.shift() : undefined;
    if (order) return { write: write('ORDER_CANCELLED', order), body: graphqlBody(CANCEL_ORDER, { orderId: order }) };
    const shipment = turn % 2 === 0 ? target.shipments[(turn / 2) % target.shipments.length] : undefined;
    if (shipment) {
      const body = graphqlBody(RECORD_SHIPMENT_EVENT, {
        input: {
          trackingNumber: shipment.trackingNumber,
          status: shipment.status,
          location: 'Benchmark hub',
          description: `Benchmark scan ${this.runId}-${seq}`,
        },
      });
      return { write: write('SHIPMENT_EVENT_RECORDED', shipment.id), body };
    }
    const body = graphqlBody(ADD_MESSAGE, {
      input: {
        ticketId: target.ticketId,
        direction: 'OUTBOUND',
        channel: 'EMAIL',
        body: `Benchmark reply ${this.runId}-${seq}`,
        agentId: AGENT_ID,
      },
    });
    return { write: write('TICKET_MESSAGE_ADDED', target.ticketId), body };
  }

  private async send(write: LiveWrite, body: string): Promise<void> {
    let problem: string | undefined;
    try {
      const response = await fetch(this.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: this.authorization },
        body,
        signal: AbortSignal.timeout(WRITE_TIMEOUT_MS),
      });
      const text = await response.text();
      if (!response.ok || text.includes('"errors":[')) problem = `${response.status} ${text.slice(0, 300)}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    write.answeredAt = preciseNow();
    write.ok = problem === undefined;
    if (problem && this.errorSamples.length < SAMPLES_KEPT)
      this.errorSamples.push(`write ${write.seq} ${write.kind} of ${write.entityId}: ${problem}`);
  }
}
