import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import type { JWK, KeyLike } from 'jose';
import {
  AuthError,
  createTokenVerifier,
  DEV_AUDIENCE,
  DEV_AUTH,
  DEV_ISSUER,
  DEV_JWT_SECRET,
  devTokenSource,
  mintDevToken,
} from '../../../../gateway/auth';
import type { AuthOptions } from '../../../../gateway/auth';

const verify = createTokenVerifier(DEV_AUTH);

/** What a refused token gives: the AuthError, checked never to show the secret that verifies tokens. */
async function refusal(verifier: (token: string) => Promise<unknown>, token: string, secret = DEV_JWT_SECRET) {
  const error: unknown = await verifier(token).then(
    () => new Error('expected the token to be refused'),
    (refused: unknown) => refused,
  );
  if (!(error instanceof AuthError)) throw error;
  expect(error.message).not.toContain(secret);
  return { status: error.status, message: error.message };
}

/** A token with the dev secret, issuer and audience, and exactly `claims` besides. */
function devSigned(claims: Record<string, unknown>, subject: string | null = 'agt_1') {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m');
  if (subject !== null) jwt.setSubject(subject);
  return jwt.sign(new TextEncoder().encode(DEV_JWT_SECRET));
}

describe('Token verifier: who the caller is, from a valid token', () => {
  it('gives an agent their team and the agent scopes', async () => {
    await expect(verify(await mintDevToken({ role: 'agent', sub: 'agt_7', team: 'billing' }))).resolves.toEqual({
      userId: 'agt_7',
      role: 'agent',
      team: 'billing',
      scopes: ['graph:read', 'pii:read', 'tickets:write'],
    });
  });

  it('gives a supervisor every scope, metrics included, and no team', async () => {
    await expect(verify(await mintDevToken({ role: 'supervisor' }))).resolves.toEqual({
      userId: 'sup_dev',
      role: 'supervisor',
      scopes: ['graph:read', 'pii:read', 'tickets:write', 'metrics:read'],
    });
  });

  it('gives an analyst graph:read only: no PII, no mutations', async () => {
    await expect(verify(await mintDevToken({ role: 'analyst' }))).resolves.toEqual({
      userId: 'ana_dev',
      role: 'analyst',
      scopes: ['graph:read'],
    });
  });

  it('gives a service exactly the known scopes of its `scope` claim, whatever its team claim says', async () => {
    const token = await devSigned(
      { role: 'service', team: 'billing', scope: 'graph:read  pii:read admin:all graph:read tickets:write' },
      'returns-portal',
    );
    await expect(verify(token)).resolves.toEqual({
      userId: 'returns-portal',
      role: 'service',
      scopes: ['graph:read', 'pii:read', 'tickets:write'],
    });
    await expect(verify(await devSigned({ role: 'service' }, 'bare-tool'))).resolves.toMatchObject({ scopes: [] });
    await expect(verify(await devSigned({ role: 'service', scope: ['graph:read'] }, 'odd'))).resolves.toMatchObject({
      scopes: [],
    });
  });
});

describe('Token verifier: refuses tokens it cannot trust, saying why (401)', () => {
  it('refuses an expired token', async () => {
    const token = await new SignJWT({ role: 'analyst' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('ana_dev')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3_600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    expect(await refusal(verify, token)).toEqual({ status: 401, message: expect.stringMatching(/has expired/) });
  });

  it('refuses a token from another issuer or for another audience', async () => {
    expect(await refusal(verify, await mintDevToken({ role: 'agent', issuer: 'https://evil.example.com' }))).toEqual({
      status: 401,
      message: expect.stringMatching(/`iss` claim is not accepted/),
    });
    expect(await refusal(verify, await mintDevToken({ role: 'agent', audience: 'another-api' }))).toEqual({
      status: 401,
      message: expect.stringMatching(/`aud` claim is not accepted/),
    });
  });

  it('refuses a token signed with another secret, or altered after signing', async () => {
    const otherSecret = 'another-secret-that-is-long-enough-0123456789';
    expect(await refusal(verify, await mintDevToken({ role: 'agent', secret: otherSecret }))).toEqual({
      status: 401,
      message: expect.stringMatching(/signature does not verify/),
    });
    const [header, , signature] = (await mintDevToken({ role: 'analyst' })).split('.');
    const promoted = Buffer.from(
      JSON.stringify({ sub: 'ana_dev', role: 'supervisor', iss: DEV_ISSUER, aud: DEV_AUDIENCE, exp: 4e9 }),
    ).toString('base64url');
    expect(await refusal(verify, `${header}.${promoted}.${signature}`)).toMatchObject({ status: 401 });
  });

  it('refuses an unsigned token (`alg: none`), even one with an empty signature', async () => {
    const unsecured = new UnsecuredJWT({ role: 'supervisor' })
      .setSubject('sup_dev')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime('5m')
      .encode();
    expect(unsecured.endsWith('.')).toBe(true);
    expect(await refusal(verify, unsecured)).toMatchObject({ status: 401 });
    expect(await refusal(verify, 'not-a-jwt')).toEqual({
      status: 401,
      message: expect.stringMatching(/not a valid signed JWT/),
    });
  });

  it('refuses a token without `sub`, with an unknown role, or an agent without a team', async () => {
    expect(await refusal(verify, await devSigned({ role: 'agent', team: 'billing' }, null))).toEqual({
      status: 401,
      message: expect.stringMatching(/no `sub` claim/),
    });
    expect(await refusal(verify, await devSigned({ role: 'admin' }))).toEqual({
      status: 401,
      message: expect.stringMatching(/`role` claim is "admin"; it must be one of agent, supervisor, analyst, service/),
    });
    expect(await refusal(verify, await devSigned({}))).toMatchObject({ message: expect.stringMatching(/is null/) });
    expect(await refusal(verify, await devSigned({ role: 'agent' }))).toEqual({
      status: 401,
      message: expect.stringMatching(/agent token needs a `team` claim/),
    });
  });
});

/** Seconds since the epoch, as JWT time claims count. */
const nowSeconds = () => Math.floor(Date.now() / 1000);
const HOUR = 3_600;

/** A dev-signed token with exactly the time claims given (none unless set), for `role`. */
function timed(times: { iat?: number; nbf?: number; exp?: number }, role: 'analyst' | 'service' = 'analyst') {
  return new SignJWT({ role, ...(role === 'service' ? { scope: 'graph:read' } : {}), ...times })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(role === 'service' ? 'report-tool' : 'ana_dev')
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .sign(new TextEncoder().encode(DEV_JWT_SECRET));
}

describe('Token verifier: time claims, with 60 s of clock tolerance', () => {
  it('refuses a token without `exp`, which would never expire', async () => {
    expect(await refusal(verify, await timed({ iat: nowSeconds() }))).toEqual({
      status: 401,
      message: expect.stringMatching(/no `exp` claim/),
    });
    expect(await refusal(verify, await timed({}))).toMatchObject({ status: 401 });
  });

  it('refuses a token issued ten years from now', async () => {
    const iat = nowSeconds() + 10 * 365 * 24 * HOUR;
    expect(await refusal(verify, await timed({ iat, exp: iat + HOUR }))).toEqual({
      status: 401,
      message: expect.stringMatching(/`iat` claim .* in the future/),
    });
  });

  it('refuses a token whose `nbf` is more than 60 s ahead', async () => {
    const now = nowSeconds();
    expect(await refusal(verify, await timed({ iat: now, nbf: now + 120, exp: now + HOUR }))).toEqual({
      status: 401,
      message: expect.stringMatching(/not valid yet: its `nbf` claim/),
    });
  });

  it("accepts `iat` and `nbf` up to 60 s ahead: the issuer's clock may run a little fast", async () => {
    const now = nowSeconds();
    await expect(verify(await timed({ iat: now + 30, nbf: now + 30, exp: now + HOUR }))).resolves.toMatchObject({
      userId: 'ana_dev',
    });
  });

  it('refuses a token refused once on every later try: the verified-token cache keeps only successes', async () => {
    const iat = nowSeconds() + 24 * HOUR;
    const token = await timed({ iat, exp: iat + HOUR });
    expect(await refusal(verify, token)).toMatchObject({ status: 401 });
    expect(await refusal(verify, token)).toMatchObject({ status: 401 });
  });
});

describe('Token verifier: a token may live at most JWT_MAX_TOKEN_LIFETIME (users) or JWT_MAX_SERVICE_TOKEN_LIFETIME', () => {
  it('accepts a user token that lives exactly 12 h by default, and refuses one a second longer', async () => {
    const iat = nowSeconds();
    await expect(verify(await timed({ iat, exp: iat + 12 * HOUR }))).resolves.toMatchObject({ role: 'analyst' });
    expect(await refusal(verify, await timed({ iat, exp: iat + 12 * HOUR + 1 }))).toEqual({
      status: 401,
      message: expect.stringMatching(/valid for 43201s .*longer than the 12h this gateway accepts for analyst tokens/),
    });
  });

  it('counts from now when the token has no `iat`', async () => {
    expect(await refusal(verify, await timed({ exp: nowSeconds() + 13 * HOUR }))).toEqual({
      status: 401,
      message: expect.stringMatching(/longer than the 12h/),
    });
    await expect(verify(await timed({ exp: nowSeconds() + 11 * HOUR }))).resolves.toMatchObject({ role: 'analyst' });
  });

  it('refuses the ten-year token a misconfigured issuer would hand out', async () => {
    const iat = nowSeconds();
    expect(await refusal(verify, await timed({ iat, exp: iat + 10 * 365 * 24 * HOUR }))).toEqual({
      status: 401,
      message: expect.stringMatching(/valid for 3650d/),
    });
  });

  it('gives service tokens their own cap, 24 h by default', async () => {
    const iat = nowSeconds();
    await expect(verify(await timed({ iat, exp: iat + 24 * HOUR }, 'service'))).resolves.toMatchObject({
      role: 'service',
    });
    expect(await refusal(verify, await timed({ iat, exp: iat + 24 * HOUR + 1 }, 'service'))).toEqual({
      status: 401,
      message: expect.stringMatching(/longer than the 24h this gateway accepts for service tokens/),
    });
  });

  it('applies the caps it is configured with', async () => {
    const strict = createTokenVerifier({ ...DEV_AUTH, maxTokenLifetime: { user: HOUR, service: 2 * HOUR } });
    const iat = nowSeconds();
    await expect(strict(await timed({ iat, exp: iat + HOUR }))).resolves.toMatchObject({ role: 'analyst' });
    expect(await refusal(strict, await timed({ iat, exp: iat + 2 * HOUR }))).toMatchObject({
      message: expect.stringMatching(/longer than the 1h/),
    });
    await expect(strict(await timed({ iat, exp: iat + 2 * HOUR }, 'service'))).resolves.toMatchObject({
      role: 'service',
    });
    // the dev tokens of `npm run token` and the playground (8 h) fit the default caps
    await expect(verify(await mintDevToken({ role: 'agent' }))).resolves.toMatchObject({ role: 'agent' });
    expect(await refusal(strict, await mintDevToken({ role: 'agent' }))).toMatchObject({ status: 401 });
    // the playground's role switcher mints within a cap set below 8 h
    const playgroundToken = await devTokenSource({ ...DEV_AUTH, maxTokenLifetime: { user: HOUR, service: HOUR } })?.(
      'agent',
    );
    await expect(strict(playgroundToken ?? '')).resolves.toMatchObject({ role: 'agent' });
  });
});

describe('Token verifier: asymmetric keys', () => {
  let rsa: { publicKey: KeyLike; privateKey: KeyLike };
  let pem: string;
  let publicKeyOptions: AuthOptions;

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    pem = await exportSPKI(rsa.publicKey);
    publicKeyOptions = { ...DEV_AUTH, key: { kind: 'publicKey', pem }, algorithms: ['RS256', 'ES256'] };
  });

  const rsaSigned = (privateKey: KeyLike, header: { alg: string; kid?: string } = { alg: 'RS256' }) =>
    new SignJWT({ role: 'agent', team: 'billing' })
      .setProtectedHeader(header)
      .setSubject('agt_3')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);

  it('verifies an RS256 token with JWT_PUBLIC_KEY', async () => {
    const verifyRsa = createTokenVerifier(publicKeyOptions);
    await expect(verifyRsa(await rsaSigned(rsa.privateKey))).resolves.toMatchObject({
      userId: 'agt_3',
      role: 'agent',
      team: 'billing',
    });
  });

  it('refuses a token signed by another key pair, and HS256 signed with the public key as a secret', async () => {
    const verifyRsa = createTokenVerifier(publicKeyOptions);
    const other = await generateKeyPair('RS256');
    expect(await refusal(verifyRsa, await rsaSigned(other.privateKey))).toEqual({
      status: 401,
      message: expect.stringMatching(/signature does not verify/),
    });
    // the classic algorithm confusion: the public key is public, so it must never work as an HMAC secret
    const confused = await new SignJWT({ role: 'supervisor' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('sup_dev')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(pem));
    expect(await refusal(verifyRsa, confused)).toEqual({
      status: 401,
      message: expect.stringMatching(/algorithm this gateway does not accept/),
    });
  });

  describe('from a JWKS URL, over real HTTP', () => {
    const served: { status: number; body: string; requests: number } = { status: 200, body: '', requests: 0 };
    const server = createServer((_req, res) => {
      served.requests += 1;
      res.writeHead(served.status, { 'content-type': 'application/json' }).end(served.body);
    });
    let jwksUrl: string;
    let jwk: JWK;

    beforeAll(async () => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
      jwk = { ...(await exportJWK(rsa.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    beforeEach(() => {
      Object.assign(served, { status: 200, body: JSON.stringify({ keys: [jwk] }), requests: 0 });
    });

    const jwksVerifier = () =>
      createTokenVerifier({ ...DEV_AUTH, key: { kind: 'jwks', url: jwksUrl }, algorithms: ['RS256'] });

    it('verifies a token whose kid is in the set, fetching the set once', async () => {
      const verifyJwks = jwksVerifier();
      const token = await rsaSigned(rsa.privateKey, { alg: 'RS256', kid: 'key-1' });
      await expect(verifyJwks(token)).resolves.toMatchObject({ userId: 'agt_3', role: 'agent' });
      await expect(verifyJwks(token)).resolves.toMatchObject({ userId: 'agt_3' });
      expect(served.requests).toBe(1);
    });

    it('refuses a token signed by a key that is not in the set', async () => {
      const verifyJwks = jwksVerifier();
      const other = await generateKeyPair('RS256');
      // the same kid, another key: the signature check fails
      expect(await refusal(verifyJwks, await rsaSigned(other.privateKey, { alg: 'RS256', kid: 'key-1' }))).toEqual({
        status: 401,
        message: expect.stringMatching(/signature does not verify/),
      });
      // a kid the set does not have
      expect(await refusal(verifyJwks, await rsaSigned(other.privateKey, { alg: 'RS256', kid: 'key-2' }))).toEqual({
        status: 401,
        message: expect.stringMatching(/signature does not verify/),
      });
    });

    it('answers 503 when the key set cannot be fetched, without naming its URL', async () => {
      const token = await rsaSigned(rsa.privateKey, { alg: 'RS256', kid: 'key-1' });
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      const unreachable = createTokenVerifier({
        ...DEV_AUTH,
        key: { kind: 'jwks', url: `http://127.0.0.1:${port}/jwks.json` },
        algorithms: ['RS256'],
      });
      const refused = await refusal(unreachable, token);
      expect(refused.status).toBe(503);
      expect(refused.message).not.toContain(String(port));
    });

    it.each([
      ['answers 500', 500, '{"error":"down"}'],
      ['answers something that is not JSON', 200, '<html>maintenance</html>'],
      ['answers JSON that is not a key set', 200, '{"keys":"none"}'],
    ])('answers 503, not 401, when the identity provider %s', async (_case, status, body) => {
      Object.assign(served, { status, body });
      const refused = await refusal(jwksVerifier(), await rsaSigned(rsa.privateKey, { alg: 'RS256', kid: 'key-1' }));
      expect(refused.status).toBe(503);
      expect(refused.message).not.toContain(jwksUrl);
    });
  });
});
