import type { RequestHandler } from 'express';
import { memoryNonceStore, verifyRequest } from '../../../platform/caller';
import type { NonceStore } from '../../../platform/caller';
import { transportError, TransportErrorCode } from './transportErrorCode';

/**
 * Whom a subgraph believes. `signed`: only requests the gateway signed with `signingSecret` for this subgraph (HMAC
 * over the subgraph's name, a timestamp, a nonce, the caller headers and the body), each once; anything unsigned,
 * altered, signed for another subgraph, older than `maxAgeMs` or replayed gets 401. `nonces` remembers the nonces:
 * this process's memory by default, Redis when several replicas share one (runSubgraph with REDIS_URL).
 * `unsecured`: any request, and caller headers as they come — for local experiments and the benchmark only.
 */
export type SubgraphSecurity =
  { mode: 'signed'; signingSecret: string; maxAgeMs?: number; nonces?: NonceStore } | { mode: 'unsecured' };

export interface RawBodyRequest {
  rawBody?: Buffer;
}

type Refusal = 'unsigned' | 'stale' | 'tampered' | 'replayed' | 'method';

const WHY: Record<Exclude<Refusal, 'method'>, string> = {
  unsigned: 'is not signed',
  stale: 'is signed too long ago (or the clocks disagree)',
  tampered:
    'does not match its signature: it was changed after signing, signed for another subgraph, or signed with another secret',
  replayed:
    'was already received once: each signature is good for one request, and the gateway signs every attempt afresh, so this is a replay',
};

/** Refuses what the gateway did not sign for `name`, and any signed request seen before; after express.json. */
export function signatureCheck(name: string, security: SubgraphSecurity): RequestHandler {
  if (security.mode === 'unsecured') return (_req, _res, next) => next();
  const nonces = security.nonces ?? memoryNonceStore();
  return async (req, res, next) => {
    const refuse = (reason: Refusal, message: string) => {
      res.status(401).json(transportError(message, TransportErrorCode.UNAUTHENTICATED, name, { reason }));
    };
    // a GET carries its query in the URL, outside what the signature covers
    if (req.method !== 'POST')
      return refuse('method', `The ${name} subgraph accepts only signed POST requests from the gateway.`);
    const body = (req as RawBodyRequest).rawBody?.toString('utf8') ?? '';
    const check = verifyRequest(
      security.signingSecret,
      { subgraph: name, headers: req.headers, body },
      { maxAgeMs: security.maxAgeMs },
    );
    // the nonce is claimed only once the signature holds: unsigned traffic cannot fill the store
    const claim = check.ok ? await nonces.claim(name, check.nonce, check.expiresAt) : undefined;
    if (claim === 'accepted') return next();
    if (claim === 'unavailable') {
      res
        .status(503)
        .json(
          transportError(
            `The ${name} subgraph cannot tell whether this signed request is a replay right now (the Redis at REDIS_URL does not answer), so it refuses it. Retry with a fresh signature; if it persists, check the subgraph's Redis.`,
            TransportErrorCode.SERVICE_UNAVAILABLE,
            name,
          ),
        );
      return;
    }
    const reason = check.ok ? (claim === 'stale' ? 'stale' : 'replayed') : check.reason;
    refuse(
      reason,
      `The ${name} subgraph accepts only requests signed by the gateway for it, and this one ${WHY[reason]}. Send it through the gateway, or check that the gateway and the subgraph share SUBGRAPH_SIGNING_SECRET.`,
    );
  };
}
