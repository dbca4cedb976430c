import { createHash } from 'node:crypto';

/**
 * A fingerprint of a request, to tell "the same request again" from "another request with the same key". Keys are
 * sorted so property order does not matter; callers pass the normalized input (trimmed, defaults applied, without
 * the key itself).
 */
export function requestHash(normalized: Record<string, string | null>): string {
  const sorted = Object.keys(normalized)
    .sort()
    .map((key) => [key, normalized[key] ?? null]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}
