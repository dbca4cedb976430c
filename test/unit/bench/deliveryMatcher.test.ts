import { DeliveryMatcher } from '../../../bench/live/deliveryMatcher';
import type { LiveWrite } from '../../../bench/live/deliveryMatcher';
import type { EmittedChange, LiveEmission } from '../../../bench/live/liveSubscriber';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');

function write(seq: number, customerId: string, sentAt: number, entityId = `tkt_${customerId}`): LiveWrite {
  return { seq, customerId, kind: 'TICKET_MESSAGE_ADDED', entityId, sentAt, measured: true };
}

function answer(written: LiveWrite, at: number, ok = true): void {
  written.answeredAt = at;
  written.ok = ok;
}

function change(id: string, changedAt: number, ticketId: string, kind = 'TICKET_MESSAGE_ADDED'): EmittedChange {
  return { id, kind, changedAt, ticketId, orderId: undefined, shipmentId: undefined };
}

function emission(receivedAt: number, ...changes: EmittedChange[]): LiveEmission {
  return { receivedAt, eventId: changes.at(-1)?.id, resync: false, changes, errors: [] };
}

describe('the live bench matches deliveries to writes', () => {
  it("credits each subscriber with the customer's write sent last before the change, and times it from the send", () => {
    const matcher = new DeliveryMatcher();
    const [a1, a2] = [matcher.addSubscriber('cus_1'), matcher.addSubscriber('cus_1')];
    const first = write(1, 'cus_1', T0 + 0.4);
    matcher.addWrite(first);
    answer(first, T0 + 20);
    const second = write(2, 'cus_1', T0 + 30);
    matcher.addWrite(second);
    answer(second, T0 + 50);
    // changedAt is truncated to the millisecond: 0.4 ms before the send still belongs to it
    matcher.onEmission(
      a1,
      emission(T0 + 100, change(`${T0}-0`, T0, 'tkt_cus_1'), change(`${T0 + 40}-0`, T0 + 40, 'tkt_cus_1')),
    );
    matcher.onEmission(a2, emission(T0 + 120, change(`${T0}-0`, T0, 'tkt_cus_1')));

    const outcome = matcher.outcome();
    expect(outcome).toMatchObject({ writes: 2, failedWrites: 0, expected: 4, delivered: 3, lost: 1 });
    expect(outcome.latenciesMs.map((ms) => Number(ms.toFixed(3)))).toEqual([70, 99.6, 119.6]);
    expect(outcome.lostSamples).toEqual([
      'write 2 (TICKET_MESSAGE_ADDED of tkt_cus_1) never reached subscriber 1 of cus_1',
    ]);
  });

  it('counts a change no write explains, a change listed twice and changes of other kinds, and never credits them', () => {
    const matcher = new DeliveryMatcher();
    const subscriber = matcher.addSubscriber('cus_1');
    const sent = write(1, 'cus_1', T0);
    matcher.addWrite(sent);
    answer(sent, T0 + 10);
    matcher.onEmission(
      subscriber,
      emission(
        T0 + 50,
        change('a', T0 + 5, 'tkt_other'),
        change('b', T0 - 100, 'tkt_cus_1'),
        change('c', T0 + 6, 'tkt_cus_1', 'TEAM_QUEUE_CHANGED'),
      ),
    );
    matcher.onEmission(subscriber, emission(T0 + 60, change('c', T0 + 6, 'tkt_cus_1', 'TEAM_QUEUE_CHANGED')));

    expect(matcher.tally()).toMatchObject({ emissions: 2, changes: 4, otherChanges: 1, unmatched: 2, duplicates: 1 });
    expect(matcher.outcome()).toMatchObject({ expected: 1, delivered: 0, lost: 1 });
  });

  it('does not expect failed or warm-up writes, and reports what the warm-up still misses', () => {
    const matcher = new DeliveryMatcher();
    const subscriber = matcher.addSubscriber('cus_1');
    matcher.addSubscriber('cus_2');
    const warm = { ...write(1, 'cus_1', T0), measured: false };
    matcher.addWrite(warm);
    answer(warm, T0 + 5);
    const failed = write(2, 'cus_2', T0 + 1);
    matcher.addWrite(failed);
    answer(failed, T0 + 9, false);
    expect(matcher.missing([warm])).toBe(1);
    matcher.onEmission(subscriber, emission(T0 + 20, change('w', T0 + 2, 'tkt_cus_1')));
    expect(matcher.missing([warm])).toBe(0);
    expect(matcher.outcome()).toMatchObject({ writes: 0, failedWrites: 1, expected: 0, lost: 0 });
  });

  it('refuses a second write to a customer while the first is in flight: the match would be ambiguous', () => {
    const matcher = new DeliveryMatcher();
    matcher.addWrite(write(1, 'cus_1', T0));
    expect(() => matcher.addWrite(write(2, 'cus_1', T0 + 1))).toThrow(/in flight/);
  });
});
