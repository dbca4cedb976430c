/**
 * `accepted`: first time seen, now remembered. `replayed`: seen before, within its window. `stale`: signed before
 * the oldest nonce a full store still remembers, so it cannot be told from a replay of a forgotten one.
 * `unavailable`: the store cannot tell (Redis unreachable): the request must be refused, since it might be a replay.
 */
export type NonceClaim = 'accepted' | 'replayed' | 'stale' | 'unavailable';

/** Remembers the nonces of signed requests until their signatures expire, so each is accepted once. */
export interface NonceStore {
  /** Claims `nonce` for `subgraph` until `expiresAt` (ms since the epoch), atomically. */
  claim(subgraph: string, nonce: string, expiresAt: number): Promise<NonceClaim>;
}

/**
 * At 60 s per nonce this holds every nonce of ~1,600 subgraph requests per second, well above what one replica
 * serves (the benchmark's peak is a few hundred gateway requests per second); ~16 MB when full (measured). Beyond
 * that the window shrinks instead (see memoryNonceStore).
 */
export const DEFAULT_MAX_NONCES = 100_000;

/**
 * The nonces one process has seen: a Map to look them up, and a queue in arrival order to forget them. Signatures
 * are made moments before they arrive, so arrival order is (nearly) expiry order: expired entries leave from the
 * front of the queue on every claim, O(1) amortised. (Not by iterating the Map: V8 leaves deleted entries in place
 * until it rehashes, so every fresh iterator would walk over all the holes first.) When `maxEntries` unexpired
 * nonces are held, the oldest is forgotten and every request that expires no later than it is refused as
 * `stale` from then on: whatever was forgotten could otherwise be replayed. Under a load the store cannot hold for
 * the whole signature window the window shrinks, to the age of the oldest nonce remembered, instead of fresh
 * requests being refused: the gateway signs each request moments before sending it.
 */
export function memoryNonceStore({
  maxEntries = DEFAULT_MAX_NONCES,
  now = Date.now,
}: { maxEntries?: number; now?: () => number } = {}): NonceStore & { readonly size: number } {
  const seen = new Map<string, number>();
  let queue: { key: string; expiresAt: number }[] = [];
  let head = 0;
  /** The latest expiry of a nonce forgotten to make room: a claim expiring no later may be its replay. */
  let floor = Number.NEGATIVE_INFINITY;
  const dropExpired = (at: number) => {
    for (let next = queue[head]; next !== undefined && next.expiresAt <= at; next = queue[++head]) {
      // the key may have been claimed again since (after it expired), with a later expiry: then it stays
      if (seen.get(next.key) === next.expiresAt) seen.delete(next.key);
    }
    if (head > 1_024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  };
  return {
    get size() {
      return seen.size;
    },
    claim(subgraph, nonce, expiresAt) {
      const at = now();
      dropExpired(at);
      const key = `${subgraph}\n${nonce}`;
      const known = seen.get(key);
      // an entry that outlived its expiry behind a later one is as good as gone: its signature is stale
      if (known !== undefined && known > at) return Promise.resolve('replayed');
      if (expiresAt <= floor) return Promise.resolve('stale');
      while (seen.size >= maxEntries) {
        const oldest = queue[head++];
        if (oldest === undefined) break;
        if (seen.get(oldest.key) !== oldest.expiresAt) continue;
        seen.delete(oldest.key);
        floor = Math.max(floor, oldest.expiresAt);
      }
      if (expiresAt <= floor) return Promise.resolve('stale');
      seen.set(key, expiresAt);
      queue.push({ key, expiresAt });
      return Promise.resolve('accepted');
    },
  };
}
