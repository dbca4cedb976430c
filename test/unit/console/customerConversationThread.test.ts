import { conversationThread } from '../../../console/src/customer/conversationThread';
import type { ThreadHandoff, ThreadMessage } from '../../../console/src/customer/conversationThread';

const CARE = { code: 'customer_care', name: 'Customer care' };
const BILLING = { code: 'billing', name: 'Billing' };
const LOGISTICS = { code: 'logistics_desk', name: 'Logistics desk' };

function message(
  id: string,
  sentAt: string,
  direction: ThreadMessage['direction'],
  extra: Partial<ThreadMessage> = {},
) {
  return {
    id,
    sentAt,
    direction,
    author: 'someone',
    body: id,
    channel: direction === 'INTERNAL' ? null : 'EMAIL',
    ...extra,
  };
}

function handoff(
  id: string,
  at: string,
  kind: ThreadHandoff['kind'],
  toTeam = kind === 'CONSULT' ? BILLING : LOGISTICS,
) {
  return { id, at, kind, fromTeam: CARE, toTeam, reason: `why ${id}`, by: { name: 'Clara Koehler' } };
}

/** The thread as ids, consultations as `consult:<team>[+]` followed by their ids. */
function shape(entries: ReturnType<typeof conversationThread>): unknown[] {
  return entries.map((entry) =>
    entry.type === 'consult'
      ? [`consult:${entry.team.code}${entry.continued ? '+' : ''}`, ...entry.items.map(idOf)]
      : idOf(entry),
  );
}

function idOf(item: { type: 'message'; message: { id: string } } | { type: 'handoff'; handoff: { id: string } }) {
  return item.type === 'message' ? item.message.id : item.handoff.id;
}

describe('Customer page: a ticket conversation as one thread', () => {
  it('merges messages and hand-offs in time order, whatever order the server listed them in', () => {
    const thread = conversationThread(
      [
        message('m3', '2026-12-06T04:00:00.000Z', 'INBOUND'),
        message('m1', '2026-12-04T08:00:00.000Z', 'INBOUND'),
        message('m2', '2026-12-04T08:06:00.000Z', 'OUTBOUND'),
      ],
      [handoff('h1', '2026-12-05T00:00:00.000Z', 'TRANSFER')],
    );
    expect(shape(thread)).toEqual(['m1', 'm2', 'h1', 'm3']);
  });

  it('puts a message before a hand-off at the same instant (the note explaining a transfer comes first)', () => {
    const at = '2026-12-06T04:15:00.000Z';
    const thread = conversationThread(
      [message('note', at, 'INTERNAL'), message('later', '2026-12-06T05:00:00.000Z', 'OUTBOUND')],
      [handoff('transfer', at, 'TRANSFER')],
    );
    expect(shape(thread)).toEqual(['note', 'transfer', 'later']);
  });

  it('keeps a transfer and plain internal notes in the main thread', () => {
    const thread = conversationThread(
      [message('note', '2026-12-06T04:10:00.000Z', 'INTERNAL')],
      [handoff('transfer', '2026-12-06T04:15:00.000Z', 'TRANSFER')],
    );
    expect(thread.map((entry) => entry.type)).toEqual(['message', 'handoff']);
  });

  it("groups a consultation's hand-off and the consulted team's messages, and continues it after the customer writes", () => {
    // Tom's ticket: billing is consulted, answers two days later, the customer and the owner write in between
    const thread = conversationThread(
      [
        message('m8', '2026-12-01T08:00:00.000Z', 'INBOUND'),
        message('m9', '2026-12-01T11:00:00.000Z', 'OUTBOUND'),
        message('m10', '2026-12-01T11:06:00.000Z', 'INTERNAL', { consultedTeam: BILLING }),
        message('m11', '2026-12-03T08:00:00.000Z', 'INBOUND'),
        message('m12', '2026-12-03T09:00:00.000Z', 'OUTBOUND'),
        message('m13', '2026-12-04T08:00:00.000Z', 'INTERNAL', { consultedTeam: BILLING }),
        message('m14', '2026-12-05T08:20:00.000Z', 'OUTBOUND'),
      ],
      [handoff('h2', '2026-12-01T11:05:00.000Z', 'CONSULT')],
    );
    expect(shape(thread)).toEqual([
      'm8',
      'm9',
      ['consult:billing', 'h2', 'm10'],
      'm11',
      'm12',
      ['consult:billing+', 'm13'],
      'm14',
    ]);
  });

  it('separates two consultations of different teams that follow each other', () => {
    const returns = { code: 'returns', name: 'Returns' };
    const thread = conversationThread(
      [
        message('ask-billing', '2026-12-01T10:01:00.000Z', 'INTERNAL', { consultedTeam: BILLING }),
        message('ask-returns', '2026-12-01T10:03:00.000Z', 'INTERNAL', { consultedTeam: returns }),
      ],
      [
        handoff('c1', '2026-12-01T10:00:00.000Z', 'CONSULT'),
        handoff('c2', '2026-12-01T10:02:00.000Z', 'CONSULT', returns),
      ],
    );
    expect(shape(thread)).toEqual([
      ['consult:billing', 'c1', 'ask-billing'],
      ['consult:returns', 'c2', 'ask-returns'],
    ]);
  });

  it('returns an empty thread for a ticket without messages', () => {
    expect(conversationThread([], [])).toEqual([]);
  });
});
