import { readFileSync } from 'node:fs';
import { documentIdOf } from './documentId';

/** The trusted documents: id (`sha256:<hex>`) → document text, as graphql-codegen's client preset writes them. */
export interface PersistedDocuments {
  /** Where they were read from, for messages. */
  path: string;
  byId: ReadonlyMap<string, string>;
}

/** The manifest cannot be used; the message says why and how to fix it. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

const REGENERATE = 'Regenerate it with `npm run codegen` and deploy it with the gateway';

/**
 * Checks that `json` is a persisted-documents manifest whose every id is the sha256 of its text: the gateway
 * matches ad-hoc queries and APQ hashes to documents by that hash, so a hand-edited entry must fail at start-up
 * rather than never match.
 */
export function parseManifest(json: string, path = '<manifest>'): PersistedDocuments {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new ManifestError(`${path} is not valid JSON (${(error as Error).message}). ${REGENERATE}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ManifestError(`${path} must be a JSON object of document id → document text. ${REGENERATE}.`);
  }
  const byId = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (typeof text !== 'string') {
      throw new ManifestError(`${path}: the document "${id}" is not a string. ${REGENERATE}.`);
    }
    if (documentIdOf(text) !== id) {
      throw new ManifestError(
        `${path}: the id "${id}" is not the sha256 of its document (was the file edited by hand, or generated with another hashAlgorithm?). ${REGENERATE}; codegen.yml must keep hashAlgorithm: sha256.`,
      );
    }
    byId.set(id, text);
  }
  return { path, byId };
}

/** Reads and checks the manifest at `path`, once, at start-up. */
export function loadManifest(path: string): PersistedDocuments {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read';
    throw new ManifestError(
      `${path} ${reason}. \`npm run codegen\` writes the manifest to operations/__generated__/persisted-documents.json; deploy it with the gateway and point TRUSTED_DOCUMENTS_MANIFEST at it, or set TRUSTED_DOCUMENTS=off.`,
    );
  }
  return parseManifest(json, path);
}
