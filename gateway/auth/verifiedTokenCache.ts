import type { Caller } from '../../platform/caller';

export interface VerifiedTokenCacheOptions {
  /** How long a verified token is trusted without checking its signature again (never past its `exp`). */
  ttlMs?: number;
  /** Tokens kept at most; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

/** 30 s: a key the identity provider withdraws stops being honoured at most this much later. */
export const DEFAULT_VERIFIED_TOKEN_TTL_MS = 30_000;
const DEFAULT_MAX_ENTRIES = 10_000;

/**
 * Callers of recently verified tokens, by the exact token text. A client sends the same token with every request
 * until it expires, and checking its signature again each time was a few percent of the gateway's CPU per request
 * (bench/PROFILE.md). Only successes are kept, for ttlMs at most and never past the token's own expiry, so an
 * expired token is refused exactly when it would be without the cache. Bounded: a flood of distinct tokens evicts
 * old entries instead of growing the heap.
 */
export function verifiedTokenCache(options: VerifiedTokenCacheOptions = {}) {
  const ttlMs = options.ttlMs ?? DEFAULT_VERIFIED_TOKEN_TTL_MS;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { caller: Caller; until: number; expiresAt: number | undefined }>();
  const lookup = (token: string): { caller: Caller; expiresAt: number | undefined } | undefined => {
    const entry = entries.get(token);
    if (!entry) return undefined;
    if (now() < entry.until) return entry;
    entries.delete(token);
    return undefined;
  };
  return {
    get(token: string): Caller | undefined {
      return lookup(token)?.caller;
    },
    /** The caller and the token's expiry (ms since the epoch), which live subscriptions end at. */
    lookup,
    /** `expiresAt`: the token's `exp` in ms since the epoch, undefined when it has none. */
    set(token: string, caller: Caller, expiresAt: number | undefined): void {
      const until = Math.min(now() + ttlMs, expiresAt ?? Number.POSITIVE_INFINITY);
      if (ttlMs <= 0 || until <= now()) return;
      if (entries.size >= maxEntries && !entries.has(token)) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      // frozen: one object now serves many requests, and none may change what the next one sees
      entries.set(token, {
        caller: Object.freeze({ ...caller, scopes: Object.freeze([...caller.scopes]) }),
        until,
        expiresAt,
      });
    },
    get size(): number {
      return entries.size;
    },
  };
}

export type VerifiedTokenCache = ReturnType<typeof verifiedTokenCache>;
