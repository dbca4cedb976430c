import {
  CALLER_HEADERS,
  callerFromHeaders,
  callerHeaders,
  DEFAULT_MAX_SIGNATURE_AGE_MS,
  SIGNATURE_HEADER,
  signRequest,
  TIMESTAMP_HEADER,
  verifyRequest,
} from '../../../subgraphs/shared/caller';
import type { Caller } from '../../../subgraphs/shared/caller';

const SECRET = 'a-signing-secret-of-thirty-two-characters-or-more';
const BODY = JSON.stringify({ query: '{ customer(id: "cus_1") { email } }', variables: {} });
const ANALYST: Caller = { userId: 'ana_dev', role: 'analyst', scopes: ['graph:read'] };
const NOW = Date.UTC(2026, 10, 1, 12);

/** The headers the gateway sends: the caller, and the signature over them and the body. */
function signed(caller: Caller = ANALYST, body = BODY, now = NOW): Record<string, string> {
  const headers = callerHeaders(caller);
  return { ...headers, ...signRequest(SECRET, headers, body, now) };
}

describe('Request signature: subgraphs believe only what the gateway signed', () => {
  it('verifies what it signed, and the caller reads back from the headers', () => {
    const headers = signed();
    expect(headers[TIMESTAMP_HEADER]).toBe(String(NOW));
    expect(headers[SIGNATURE_HEADER]).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(verifyRequest(SECRET, headers, BODY, { now: NOW })).toEqual({ ok: true });
    expect(callerFromHeaders(headers)).toEqual(ANALYST);
  });

  it('verifies an agent with a team, and Node-style array header values', () => {
    const agent: Caller = { userId: 'agt_1', role: 'agent', team: 'billing', scopes: ['graph:read', 'pii:read'] };
    const headers = signed(agent);
    const asArrays = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));
    expect(verifyRequest(SECRET, asArrays, BODY, { now: NOW })).toEqual({ ok: true });
    expect(callerFromHeaders(headers)).toEqual(agent);
  });

  it('calls an altered body tampered, down to one character', () => {
    expect(verifyRequest(SECRET, signed(), BODY.replace('cus_1', 'cus_2'), { now: NOW })).toEqual({
      ok: false,
      reason: 'tampered',
    });
    expect(verifyRequest(SECRET, signed(), `${BODY} `, { now: NOW })).toEqual({ ok: false, reason: 'tampered' });
  });

  it.each([
    ['role', CALLER_HEADERS.role, 'supervisor'],
    ['user', CALLER_HEADERS.user, 'sup_dev'],
    ['team', CALLER_HEADERS.team, 'billing'],
    ['scopes', CALLER_HEADERS.scopes, 'graph:read pii:read'],
  ])('calls a changed %s header tampered', (_name, header, value) => {
    const headers = { ...signed(), [header]: value };
    expect(verifyRequest(SECRET, headers, BODY, { now: NOW })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls a removed caller header tampered: dropping scopes cannot be used to pose as nobody', () => {
    const { [CALLER_HEADERS.scopes]: _dropped, ...headers } = signed();
    expect(verifyRequest(SECRET, headers, BODY, { now: NOW })).toEqual({ ok: false, reason: 'tampered' });
  });

  it('calls a signature made with another secret, or a garbled signature, tampered', () => {
    const headers = callerHeaders(ANALYST);
    const other = { ...headers, ...signRequest('another-secret-of-thirty-two-characters-xx', headers, BODY, NOW) };
    expect(verifyRequest(SECRET, other, BODY, { now: NOW })).toEqual({ ok: false, reason: 'tampered' });
    expect(verifyRequest(SECRET, { ...signed(), [SIGNATURE_HEADER]: 'v1=00' }, BODY, { now: NOW })).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });

  it('calls a request without the signature or without the timestamp unsigned', () => {
    expect(verifyRequest(SECRET, callerHeaders(ANALYST), BODY, { now: NOW })).toEqual({
      ok: false,
      reason: 'unsigned',
    });
    const { [TIMESTAMP_HEADER]: _timestamp, ...noTimestamp } = signed();
    expect(verifyRequest(SECRET, noTimestamp, BODY, { now: NOW })).toEqual({ ok: false, reason: 'unsigned' });
    const { [SIGNATURE_HEADER]: _signature, ...noSignature } = signed();
    expect(verifyRequest(SECRET, noSignature, BODY, { now: NOW })).toEqual({ ok: false, reason: 'unsigned' });
  });

  it('calls a request signed too long ago, or too far in the future, stale: a replay ages out', () => {
    const age = DEFAULT_MAX_SIGNATURE_AGE_MS;
    expect(verifyRequest(SECRET, signed(ANALYST, BODY, NOW - age), BODY, { now: NOW })).toEqual({ ok: true });
    expect(verifyRequest(SECRET, signed(ANALYST, BODY, NOW - age - 1), BODY, { now: NOW })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(verifyRequest(SECRET, signed(ANALYST, BODY, NOW + age + 1), BODY, { now: NOW })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(verifyRequest(SECRET, signed(ANALYST, BODY, NOW - 5_000), BODY, { now: NOW, maxAgeMs: 1_000 })).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  it('calls a timestamp that is not a number stale, and a re-timestamped signature tampered', () => {
    expect(verifyRequest(SECRET, { ...signed(), [TIMESTAMP_HEADER]: `${NOW}.5` }, BODY, { now: NOW })).toEqual({
      ok: false,
      reason: 'stale',
    });
    // an old signature with a fresh timestamp: the timestamp is signed too
    const old = signed(ANALYST, BODY, NOW - 120_000);
    expect(verifyRequest(SECRET, { ...old, [TIMESTAMP_HEADER]: String(NOW) }, BODY, { now: NOW })).toEqual({
      ok: false,
      reason: 'tampered',
    });
  });
});
