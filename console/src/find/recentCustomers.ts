/** A customer the signed-in person opened, for the Find page's "Recent customers". */
export interface RecentCustomer {
  id: string;
  name: string;
  /** When it was last opened, in ms since the epoch. */
  at: number;
}

/** The part of the Web Storage API we use (localStorage in the browser, a Map-backed fake in unit tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const RECENT_STORAGE_KEY = 'c360.console.recent';
export const RECENT_LIMIT = 8;
// bounds on what we keep, so a shared browser profile cannot grow the entry without end
const USER_LIMIT = 20;
const NAME_LIMIT = 200;
const ID_PATTERN = /^cus_[1-9]\d{0,11}$/;

/**
 * Stored as `{ "<user id>": RecentCustomer[] }`, newest first, so people sharing a browser each see their own. Read
 * into a Map: a user id is the browser's text, and `__proto__` must stay a key, not become a prototype.
 */
type Stored = Map<string, RecentCustomer[]>;

// rememberCustomer({ id, name }) without a user id files the customer under the person the console last said is
// signed in (useRecentCustomers / setRecentCustomersUser), the same person whose session is showing the page
let signedInUser: string | undefined;

/** Who the console says is signed in now; the Find page sets it from the session. */
export function setRecentCustomersUser(userId: string | undefined): void {
  signedInUser = userId;
}

/**
 * Remembers that the signed-in person opened this customer (newest first, at most RECENT_LIMIT, one entry a
 * customer). Pass the session's user id (`session.identity?.userId`); without one known, nothing is remembered.
 * Never throws: storage that is full, disabled or holds someone's hand-edited JSON just means no list.
 */
export function rememberCustomer(
  customer: { id: string; name: string },
  userId: string | undefined = signedInUser,
  store: KeyValueStore | undefined = browserStorage(),
  now: number = Date.now(),
): void {
  if (!userId || !store || !ID_PATTERN.test(customer.id)) return;
  const stored = read(store);
  const entry: RecentCustomer = { id: customer.id, name: customer.name.slice(0, NAME_LIMIT), at: now };
  const mine = [entry, ...(stored.get(userId) ?? []).filter((recent) => recent.id !== customer.id)];
  // the person just active goes last in key order, so trimming drops whoever was active longest ago
  stored.delete(userId);
  const kept = [...stored].slice(-(USER_LIMIT - 1));
  const next = Object.fromEntries([...kept, [userId, mine.slice(0, RECENT_LIMIT)]]);
  try {
    store.setItem(RECENT_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // quota exceeded or storage disabled: the list is a convenience, not worth an error
  }
}

/** The customers `userId` opened, newest first; empty for anything unreadable. */
export function recentCustomers(
  userId: string | undefined,
  store: KeyValueStore | undefined = browserStorage(),
): RecentCustomer[] {
  if (!userId || !store) return [];
  return read(store).get(userId) ?? [];
}

/** Parses the stored value, keeping only well-formed entries: it is the browser's, anyone can have edited it. */
function read(store: KeyValueStore): Stored {
  let parsed: unknown;
  try {
    parsed = JSON.parse(store.getItem(RECENT_STORAGE_KEY) ?? '{}');
  } catch {
    return new Map();
  }
  const stored: Stored = new Map();
  if (!isRecord(parsed)) return stored;
  for (const [user, list] of Object.entries(parsed).slice(-USER_LIMIT)) {
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    const valid = list.slice(0, RECENT_LIMIT).filter((item: unknown): item is RecentCustomer => {
      if (!isRecord(item)) return false;
      const { id, name, at } = item;
      if (typeof id !== 'string' || !ID_PATTERN.test(id) || seen.has(id)) return false;
      if (typeof name !== 'string' || name.length > NAME_LIMIT) return false;
      // a time Date can hold (its range is ±8.64e15 ms), so the page can format it
      if (typeof at !== 'number' || !(Math.abs(at) <= 8.64e15)) return false;
      seen.add(id);
      return true;
    });
    if (valid.length > 0)
      stored.set(
        user,
        valid.map(({ id, name, at }) => ({ id, name, at })),
      );
  }
  return stored;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** localStorage, or undefined where reading it throws (storage disabled, a sandboxed frame) or there is none. */
function browserStorage(): KeyValueStore | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStore }).localStorage;
  } catch {
    return undefined;
  }
}
