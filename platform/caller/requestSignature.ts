import { createHmac, createSecretKey, randomBytes, timingSafeEqual } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { CALLER_HEADERS } from './caller';

export const SIGNATURE_HEADER = 'x-c360-signature';
export const TIMESTAMP_HEADER = 'x-c360-timestamp';
/** A random value per request, signed with it: the subgraph accepts each nonce once (see nonceStore.ts). */
export const NONCE_HEADER = 'x-c360-nonce';

/**
 * Signs gateway → subgraph requests outside production when SUBGRAPH_SIGNING_SECRET is unset, so a gateway and
 * subgraphs started by hand agree. It is public: NODE_ENV=production refuses it.
 */
export const DEV_SIGNING_SECRET = 'customer-360-dev-signing-secret-do-not-use-in-production';

/** A request older (or further in the future) than this is refused as stale; within it, a nonce is used once. */
export const DEFAULT_MAX_SIGNATURE_AGE_MS = 60_000;

/** The headers a signature covers besides the body: the caller, so nobody can swap roles on a signed body. */
const SIGNED_HEADERS = [CALLER_HEADERS.user, CALLER_HEADERS.role, CALLER_HEADERS.team, CALLER_HEADERS.scopes];

/** 16 random bytes, base64url: 22 characters. Other lengths are accepted within bounds, other alphabets are not. */
const NONCE_FORM = /^[\w-]{16,128}$/;

type HeaderBag = Readonly<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** What a signature covers: the subgraph it is meant for, the caller headers and the exact body bytes. */
export interface SignedRequest {
  /** The target subgraph's name: a request signed for tickets is refused by crm. */
  subgraph: string;
  headers: HeaderBag;
  body: string;
}

function digest(secret: string, timestamp: string, nonce: string, { subgraph, headers, body }: SignedRequest): string {
  // v2: v1 signed neither the target nor a nonce, so one signature was good for every subgraph, any number of times.
  // One update with the whole text: the same bytes as one update per line, at one call into OpenSSL instead of six.
  let signed = `v2\n${subgraph}\n${timestamp}\n${nonce}\n`;
  for (const name of SIGNED_HEADERS) signed += `${first(headers[name]) ?? ''}\n`;
  const hmac = createHmac('sha256', keyOf(secret)).update(signed + body);
  return `v2=${hmac.digest('hex')}`;
}

/** The secret as a KeyObject, made once: createHmac would otherwise import the string as a key on every call. */
let lastKey: { secret: string; key: KeyObject } | undefined;
function keyOf(secret: string): KeyObject {
  if (lastKey?.secret !== secret) lastKey = { secret, key: createSecretKey(Buffer.from(secret, 'utf8')) };
  return lastKey.key;
}

const NONCE_BYTES = 16;
/** Random bytes for nonces, drawn for 256 at a time: one randomBytes call per nonce cost more than the HMAC. */
let noncePool = Buffer.alloc(0);
let noncePoolUsed = 0;

/** A fresh nonce: 128 random bits, so two requests never share one by chance. */
export function newNonce(): string {
  if (noncePoolUsed + NONCE_BYTES > noncePool.length) {
    noncePool = randomBytes(NONCE_BYTES * 256);
    noncePoolUsed = 0;
  }
  const nonce = noncePool.toString('base64url', noncePoolUsed, noncePoolUsed + NONCE_BYTES);
  noncePoolUsed += NONCE_BYTES;
  return nonce;
}

/**
 * The three headers that sign a gateway → subgraph request: a timestamp, a nonce, and an HMAC-SHA256 over them, the
 * target subgraph, the caller headers and the exact body bytes. Call it for every attempt: a retry is a new request
 * with a new nonce, since the subgraph accepts a nonce once.
 */
export function signRequest(
  secret: string,
  request: SignedRequest,
  { now = Date.now(), nonce = newNonce() }: { now?: number; nonce?: string } = {},
): Record<string, string> {
  const timestamp = String(now);
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [NONCE_HEADER]: nonce,
    [SIGNATURE_HEADER]: digest(secret, timestamp, nonce, request),
  };
}

export type SignatureCheck =
  /** Authentic and recent; the caller must still make sure `nonce` was not used before `expiresAt`. */
  { ok: true; nonce: string; expiresAt: number } | { ok: false; reason: 'unsigned' | 'stale' | 'tampered' };

/**
 * Checks a request signed by signRequest for `request.subgraph`; constant-time comparison, so the signature cannot
 * be guessed by timing. Pure: whether the nonce was seen before is the nonce store's question (listenSubgraph).
 */
export function verifyRequest(
  secret: string,
  request: SignedRequest,
  { now = Date.now(), maxAgeMs = DEFAULT_MAX_SIGNATURE_AGE_MS }: { now?: number; maxAgeMs?: number } = {},
): SignatureCheck {
  const timestamp = first(request.headers[TIMESTAMP_HEADER]);
  const nonce = first(request.headers[NONCE_HEADER]);
  const signature = first(request.headers[SIGNATURE_HEADER]);
  if (!timestamp || !signature || !nonce) return { ok: false, reason: 'unsigned' };
  const sentAt = Number(timestamp);
  if (!/^\d{1,16}$/.test(timestamp) || Math.abs(now - sentAt) > maxAgeMs) return { ok: false, reason: 'stale' };
  if (!NONCE_FORM.test(nonce)) return { ok: false, reason: 'tampered' };
  const expected = Buffer.from(digest(secret, timestamp, nonce, request));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'tampered' };
  // past this instant the timestamp is stale anyway, so the nonce need not be remembered longer
  return { ok: true, nonce, expiresAt: sentAt + maxAgeMs };
}
