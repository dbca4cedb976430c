import { createHash } from 'node:crypto';

const SHA256_PREFIX = 'sha256:';
const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/**
 * The id graphql-codegen's client preset gives a document, `sha256:<hex>` of its exact text (the GraphQL over
 * HTTP persisted-documents appendix's form). APQ's `sha256Hash` is the same hash without the prefix.
 */
export function documentIdOf(text: string): string {
  return SHA256_PREFIX + createHash('sha256').update(text).digest('hex');
}

/** `sha256:<hex>` as is, lower-cased; a bare 64-digit hex hash (as APQ sends it) gets the prefix. */
export function normalizeDocumentId(id: string): string {
  const trimmed = id.trim();
  if (HEX_SHA256.test(trimmed)) return SHA256_PREFIX + trimmed.toLowerCase();
  if (trimmed.toLowerCase().startsWith(SHA256_PREFIX))
    return SHA256_PREFIX + trimmed.slice(SHA256_PREFIX.length).toLowerCase();
  return trimmed;
}
