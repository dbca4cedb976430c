import {
  CALLER_HEADERS,
  callerFromHeaders,
  callerHeaders,
  DEFAULT_MAX_SIGNATURE_AGE_MS,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signRequest,
  TIMESTAMP_HEADER,
  verifyRequest,
} from '../../../platform/caller';
import type { Caller } from '../../../platform/caller';

const SECRET = 'a-signing-secret-of-thirty-two-characters-or-more';
const BODY = JSON.stringify({ query: '{ customer(id: "cus_1") { email } }', variables: {} });
const ANALYST: Caller = { userId: 'ana_dev', role: 'analyst', scopes: ['graph:read'] };
const NOW = Date.UTC(2026, 10, 1, 12);
type Headers = Record<string, string | string[] | undefined>;

/** The headers the gateway sends to crm: the caller, and the signature over them and the body. */
function signed(caller: Caller = ANALYST, body = BODY, now = NOW, subgraph = 'crm'): Record<string, string> {
  const headers = callerHeaders(caller);
  return { ...headers, ...signRequest(SECRET, { subgraph, headers, body }, { now }) };
}

/** crm's check of a request at NOW (or as `options` say). */
function verify(headers: Headers, body = BODY, options: { now?: number; maxAgeMs?: number } = { now: NOW }) {
  return verifyRequest(SECRET, { subgraph: 'crm', headers, body }, options);
}

const accepted = (headers: Record<string, string>, sentAt = NOW) => ({
  ok: true,
  nonce: headers[NONCE_HEADER],
  expiresAt: sentAt + DEFAULT_MAX_SIGNATURE_AGE_MS,
});

describe('Request signature: subgraphs believe only what the gateway signed for them', () => {
  it('verifies what it signed, and the caller reads back from the headers', () => {
    const headers = signed();
    expect(headers[TIMESTAMP_HEADER]).toBe(String(NOW));
    expect(headers[NONCE_HEADER]).toMatch(/^[\w-]{22}$/);
    expect(headers[SIGNATURE_HEADER]).toMatch(/^v2=[0-9a-f]{64}$/);
    expect(verify(headers)).toEqual(accepted(headers));
    expect(callerFromHeaders(headers)).toEqual(ANALYST);
  });

  it('verifies an agent with a team, and Node-style array header values', () => {
    const agent: Caller = { userId: 'agt_1', role: 'agent', team: 'billing', scopes: ['graph:read', 'pii:read'] };
    const headers = signed(agent);
    const asArrays = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));
    expect(verify(asArrays)).toEqual(accepted(headers));
    expect(callerFromHeaders(headers)).toEqual(agent);
  });

  it('gives every signature a nonce of its own, so two identical requests are told apart', () => {
    const nonces = new Set(Array.from({ length: 1_000 }, () => signed()[NONCE_HEADER]));
    expect(nonces.size).toBe(1_000);
  });

  it('calls a request signed for another subgraph tampered: one for tickets does not open crm', () => {
    expect(verify(signed(ANALYST, BODY, NOW, 'tickets'))).toEqual({ ok: false, reason: 'tampered' });
    expect(verify(signed(ANALYST, BODY, NOW, 'crm '))).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls a changed nonce tampered: a captured request cannot be made new by changing it', () => {
    expect(verify({ ...signed(), [NONCE_HEADER]: 'AAAAAAAAAAAAAAAAAAAAAA' })).toEqual({
      ok: false,
      reason: 'tampered',
    });
    expect(verify({ ...signed(), [NONCE_HEADER]: 'not a nonce!' })).toEqual({ ok: false, reason: 'tampered' });
    expect(verify({ ...signed(), [NONCE_HEADER]: 'a'.repeat(129) })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls an altered body tampered, down to one character', () => {
    expect(verify(signed(), BODY.replace('cus_1', 'cus_2'))).toEqual({ ok: false, reason: 'tampered' });
    expect(verify(signed(), `${BODY} `)).toEqual({ ok: false, reason: 'tampered' });
  });

  it.each([
    ['role', CALLER_HEADERS.role, 'supervisor'],
    ['user', CALLER_HEADERS.user, 'sup_dev'],
    ['team', CALLER_HEADERS.team, 'billing'],
    ['scopes', CALLER_HEADERS.scopes, 'graph:read pii:read'],
  ])('calls a changed %s header tampered', (_name, header, value) => {
    expect(verify({ ...signed(), [header]: value })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls a removed caller header tampered: dropping scopes cannot be used to pose as nobody', () => {
    const { [CALLER_HEADERS.scopes]: _dropped, ...headers } = signed();
    expect(verify(headers)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls a signature made with another secret, or a garbled signature, tampered', () => {
    const headers = callerHeaders(ANALYST);
    const other = {
      ...headers,
      ...signRequest('another-secret-of-thirty-two-characters-xx', { subgraph: 'crm', headers, body: BODY }),
    };
    expect(verify(other, BODY, {})).toEqual({ ok: false, reason: 'tampered' });
    expect(verify({ ...signed(), [SIGNATURE_HEADER]: 'v2=00' })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls a request without the signature, the timestamp or the nonce unsigned', () => {
    expect(verify(callerHeaders(ANALYST))).toEqual({ ok: false, reason: 'unsigned' });
    for (const header of [TIMESTAMP_HEADER, SIGNATURE_HEADER, NONCE_HEADER]) {
      const { [header]: _dropped, ...rest } = signed();
      expect(verify(rest)).toEqual({ ok: false, reason: 'unsigned' });
    }
  });

  it('calls a request signed too long ago, or too far in the future, stale: a replay ages out', () => {
    const age = DEFAULT_MAX_SIGNATURE_AGE_MS;
    const oldest = signed(ANALYST, BODY, NOW - age);
    expect(verify(oldest)).toEqual(accepted(oldest, NOW - age));
    expect(verify(signed(ANALYST, BODY, NOW - age - 1))).toEqual({ ok: false, reason: 'stale' });
    expect(verify(signed(ANALYST, BODY, NOW + age + 1))).toEqual({ ok: false, reason: 'stale' });
    expect(verify(signed(ANALYST, BODY, NOW - 5_000), BODY, { now: NOW, maxAgeMs: 1_000 })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  it('remembers a nonce until the signature expires: expiresAt is the timestamp plus the window', () => {
    const headers = signed(ANALYST, BODY, NOW - 10_000);
    expect(verify(headers, BODY, { now: NOW, maxAgeMs: 30_000 })).toMatchObject({ ok: true, expiresAt: NOW + 20_000 });
  });

  it('calls a timestamp that is not a number stale, and a re-timestamped signature tampered', () => {
    expect(verify({ ...signed(), [TIMESTAMP_HEADER]: `${NOW}.5` })).toEqual({ ok: false, reason: 'stale' });
    // an old signature with a fresh timestamp: the timestamp is signed too
    const old = signed(ANALYST, BODY, NOW - 120_000);
    expect(verify({ ...old, [TIMESTAMP_HEADER]: String(NOW) })).toEqual({ ok: false, reason: 'tampered' });
  });
});
