// A ticket's conversation as one thread: the messages (inbound, outbound, internal) and the hand-offs (transfers and
// consultations) in the order they happened. A consultation is a side-thread: the CONSULT hand-off and the internal
// messages written for the consulted team are grouped, so an agent can tell the customer's conversation from the
// teams' exchange at a glance, and the time order still holds (a later part of a side-thread is its own group,
// "continued", rather than being pulled ahead of the customer's messages in between).

export interface ThreadTeam {
  code: string;
  name: string;
}

export interface ThreadMessage {
  id: string;
  sentAt: string;
  direction: 'INBOUND' | 'OUTBOUND' | 'INTERNAL';
  channel?: string | null | undefined;
  author: string;
  body: string;
  consultedTeam?: ThreadTeam | null | undefined;
}

export interface ThreadHandoff {
  id: string;
  kind: 'TRANSFER' | 'CONSULT';
  fromTeam: ThreadTeam;
  toTeam: ThreadTeam;
  reason: string;
  by?: { name: string } | null | undefined;
  at: string;
}

export type ThreadItem<M extends ThreadMessage, H extends ThreadHandoff> =
  { type: 'message'; at: string; message: M } | { type: 'handoff'; at: string; handoff: H };

export type ThreadEntry<M extends ThreadMessage, H extends ThreadHandoff> =
  | ThreadItem<M, H>
  | {
      type: 'consult';
      /** The consulted team. */
      team: ThreadTeam;
      /** True when an earlier group of the same consultation came before (with other entries in between). */
      continued: boolean;
      items: ThreadItem<M, H>[];
    };

/** The team a side-thread item belongs to, or undefined for the customer's own conversation and transfers. */
function consultTeamOf<M extends ThreadMessage, H extends ThreadHandoff>(
  item: ThreadItem<M, H>,
): ThreadTeam | undefined {
  if (item.type === 'handoff') return item.handoff.kind === 'CONSULT' ? item.handoff.toTeam : undefined;
  return item.message.direction === 'INTERNAL' ? (item.message.consultedTeam ?? undefined) : undefined;
}

function timeOf(iso: string): number {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? 0 : at;
}

/**
 * Messages and hand-offs merged by time (a hand-off and a message at the same instant: the message first, as the
 * note explaining a transfer is written before it), then each run of one consultation's items grouped.
 */
export function conversationThread<M extends ThreadMessage, H extends ThreadHandoff>(
  messages: readonly M[],
  handoffs: readonly H[],
): ThreadEntry<M, H>[] {
  const items: ThreadItem<M, H>[] = [
    ...messages.map((message) => ({ type: 'message' as const, at: message.sentAt, message })),
    ...handoffs.map((handoff) => ({ type: 'handoff' as const, at: handoff.at, handoff })),
  ];
  // Array.prototype.sort is stable: equal times keep messages (listed first) before hand-offs, each in server order
  items.sort((a, b) => timeOf(a.at) - timeOf(b.at) || (a.type === b.type ? 0 : a.type === 'message' ? -1 : 1));

  const entries: ThreadEntry<M, H>[] = [];
  const groupedTeams = new Set<string>();
  for (const item of items) {
    const team = consultTeamOf(item);
    if (!team) {
      entries.push(item);
      continue;
    }
    const last = entries[entries.length - 1];
    if (last?.type === 'consult' && last.team.code === team.code) {
      last.items.push(item);
    } else {
      entries.push({ type: 'consult', team, continued: groupedTeams.has(team.code), items: [item] });
      groupedTeams.add(team.code);
    }
  }
  return entries;
}
