import { createHmac, timingSafeEqual } from 'node:crypto';
import { CALLER_HEADERS } from './caller';

export const SIGNATURE_HEADER = 'x-c360-signature';
export const TIMESTAMP_HEADER = 'x-c360-timestamp';

/**
 * Signs gateway → subgraph requests outside production when SUBGRAPH_SIGNING_SECRET is unset, so a gateway and
 * subgraphs started by hand agree. It is public: NODE_ENV=production refuses it.
 */
export const DEV_SIGNING_SECRET = 'customer-360-dev-signing-secret-do-not-use-in-production';

/** A request older (or further in the future) than this is refused as a replay. */
export const DEFAULT_MAX_SIGNATURE_AGE_MS = 60_000;

/** The headers a signature covers besides the body: the caller, so nobody can swap roles on a signed body. */
const SIGNED_HEADERS = [CALLER_HEADERS.user, CALLER_HEADERS.role, CALLER_HEADERS.team, CALLER_HEADERS.scopes];

type HeaderBag = Readonly<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function digest(secret: string, timestamp: string, headers: HeaderBag, body: string): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`v1\n${timestamp}\n`);
  for (const name of SIGNED_HEADERS) hmac.update(`${first(headers[name]) ?? ''}\n`);
  hmac.update(body);
  return `v1=${hmac.digest('hex')}`;
}

/**
 * The two headers that sign a gateway → subgraph request: a timestamp, and an HMAC-SHA256 over it, the caller
 * headers and the exact body bytes.
 */
export function signRequest(
  secret: string,
  headers: HeaderBag,
  body: string,
  now: number = Date.now(),
): Record<string, string> {
  const timestamp = String(now);
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: digest(secret, timestamp, headers, body) };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: 'unsigned' | 'stale' | 'tampered' };

/** Checks a request signed by signRequest; constant-time comparison, so the signature cannot be guessed by timing. */
export function verifyRequest(
  secret: string,
  headers: HeaderBag,
  body: string,
  { now = Date.now(), maxAgeMs = DEFAULT_MAX_SIGNATURE_AGE_MS }: { now?: number; maxAgeMs?: number } = {},
): SignatureCheck {
  const timestamp = first(headers[TIMESTAMP_HEADER]);
  const signature = first(headers[SIGNATURE_HEADER]);
  if (!timestamp || !signature) return { ok: false, reason: 'unsigned' };
  const sentAt = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(now - sentAt) > maxAgeMs) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(digest(secret, timestamp, headers, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'tampered' };
  return { ok: true };
}
