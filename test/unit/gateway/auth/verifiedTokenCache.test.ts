import { createTokenVerifier, DEV_AUTH, mintDevToken } from '../../../../gateway/auth';
import { verifiedTokenCache } from '../../../../gateway/auth/verifiedTokenCache';
import type { Caller } from '../../../../platform/caller';

const AGENT: Caller = { userId: 'agt_1', role: 'agent', team: 'billing', scopes: ['graph:read'] };

function clock(start = 1_000_000) {
  let at = start;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe('Verified token cache: a token checked recently is not checked again', () => {
  it('answers a token it verified for ttlMs, and not a moment longer', () => {
    const time = clock();
    const cache = verifiedTokenCache({ ttlMs: 30_000, now: time.now });
    cache.set('t1', AGENT, undefined);
    time.advance(29_999);
    expect(cache.get('t1')).toEqual(AGENT);
    time.advance(1);
    expect(cache.get('t1')).toBeUndefined();
  });

  it("never answers past the token's own expiry, however long the TTL", () => {
    const time = clock();
    const cache = verifiedTokenCache({ ttlMs: 30_000, now: time.now });
    cache.set('t1', AGENT, time.now() + 1_000);
    time.advance(999);
    expect(cache.get('t1')).toEqual(AGENT);
    time.advance(1);
    expect(cache.get('t1')).toBeUndefined();
  });

  it('keeps nothing for a token that has already expired', () => {
    const time = clock();
    const cache = verifiedTokenCache({ now: time.now });
    cache.set('t1', AGENT, time.now() - 1);
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries tokens, dropping the oldest first', () => {
    const cache = verifiedTokenCache({ maxEntries: 2 });
    cache.set('t1', AGENT, undefined);
    cache.set('t2', AGENT, undefined);
    cache.set('t3', AGENT, undefined);
    expect(cache.size).toBe(2);
    expect([cache.get('t1'), cache.get('t2'), cache.get('t3')].map(Boolean)).toEqual([false, true, true]);
  });

  it('hands out a frozen caller, so one request cannot change what the next one sees', () => {
    const cache = verifiedTokenCache();
    cache.set('t1', AGENT, undefined);
    const caller = cache.get('t1');
    expect(Object.isFrozen(caller)).toBe(true);
    expect(Object.isFrozen(caller?.scopes)).toBe(true);
  });

  it('is what the token verifier answers from the second time a token comes', async () => {
    const verify = createTokenVerifier(DEV_AUTH);
    const token = await mintDevToken({ role: 'agent', sub: 'agt_7', team: 'billing' });
    const first = await verify(token);
    const second = await verify(token);
    expect(second).toEqual(first);
    expect(Object.isFrozen(first)).toBe(false);
    expect(Object.isFrozen(second)).toBe(true);
  });

  it('is not used with ttlMs 0: every request verifies its token', async () => {
    const verify = createTokenVerifier(DEV_AUTH, { ttlMs: 0 });
    const token = await mintDevToken({ role: 'agent', sub: 'agt_7', team: 'billing' });
    await verify(token);
    expect(Object.isFrozen(await verify(token))).toBe(false);
  });
});
