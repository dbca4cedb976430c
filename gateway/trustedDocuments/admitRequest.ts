import { documentIdOf, normalizeDocumentId } from './documentId';
import type { TrustedDocumentsOptions } from './options';
import { TrustedDocumentsErrorCode } from './trustedDocumentsErrorCode';
import type { TrustedDocumentsRefusal } from './trustedDocumentsErrorCode';

/** One GraphQL request as the client sent it (a POST body, one element of a batch, or GET's parameters). */
export type GraphQLRequestFields = Record<string, unknown>;

/** Whose request it is, as far as the policy cares. */
export interface Requester {
  /** Must the request be a manifest document (TRUSTED_DOCUMENTS=enforce and the caller's role is listed)? */
  restricted: boolean;
  /** For messages: the caller's role, or undefined when nobody is signed in (AUTH_MODE=off). */
  role: string | undefined;
}

/**
 * Applies the trusted-documents policy to one request, in place: a `documentId`, or an APQ hash with no query
 * that names a manifest document, gets the document as its `query`. Returns a refusal when the request must not
 * run. An APQ hash the manifest does not hold is left to Apollo Server's APQ cache, which answers it or asks for
 * the query (PERSISTED_QUERY_NOT_FOUND).
 */
export function admitRequest(
  request: GraphQLRequestFields,
  { mode, manifest }: TrustedDocumentsOptions,
  requester: Requester,
): TrustedDocumentsRefusal | undefined {
  const { documentId, query } = request;
  if (documentId !== undefined && documentId !== null) {
    if (typeof documentId !== 'string') {
      return badRequest('`documentId` must be a string such as "sha256:<64 hex digits>".');
    }
    if (mode === 'off') {
      return notFound(
        `This gateway runs with TRUSTED_DOCUMENTS=off and looks up no documentId. Send the query text instead, or have the operators set TRUSTED_DOCUMENTS=allow and deploy the manifest \`npm run codegen\` writes.`,
      );
    }
    const text = manifest.byId.get(normalizeDocumentId(documentId));
    if (text === undefined) {
      return notFound(
        `No persisted document has the id "${documentId}" on this gateway (its manifest holds ${manifest.byId.size}). The client was built from operations this gateway does not know: regenerate the manifest with \`npm run codegen\` and deploy it with the gateway (TRUSTED_DOCUMENTS_MANIFEST), or send the query text.`,
      );
    }
    if (query !== undefined && query !== null && query !== text) {
      return badRequest('Send either `documentId` or `query`, not both: they name different documents.');
    }
    request['query'] = text;
    delete request['documentId'];
    return undefined;
  }
  if (mode === 'off') return undefined;

  const apqHash = persistedQueryHash(request['extensions']);
  if ((query === undefined || query === null) && apqHash !== undefined) {
    const text = manifest.byId.get(normalizeDocumentId(apqHash));
    if (text !== undefined) {
      // Apollo checks the hash against this text (it matches: ids are the text's sha256) and serves it
      request['query'] = text;
      return undefined;
    }
    // an APQ cache entry may hold any query an unrestricted caller registered: not a way around the manifest
    return requester.restricted ? required(requester) : undefined;
  }
  // nothing to run: Apollo Server explains what a request needs
  if (typeof query !== 'string' || !requester.restricted) return undefined;
  // an app that sends the manifest's text itself (not its id) runs a trusted document all the same
  return manifest.byId.has(documentIdOf(query)) ? undefined : required(requester);
}

function persistedQueryHash(extensions: unknown): string | undefined {
  if (typeof extensions !== 'object' || extensions === null) return undefined;
  const persistedQuery: unknown = (extensions as Record<string, unknown>)['persistedQuery'];
  if (typeof persistedQuery !== 'object' || persistedQuery === null) return undefined;
  const hash: unknown = (persistedQuery as Record<string, unknown>)['sha256Hash'];
  return typeof hash === 'string' ? hash : undefined;
}

function notFound(message: string): TrustedDocumentsRefusal {
  return { status: 400, code: TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_NOT_FOUND, message };
}

function badRequest(message: string): TrustedDocumentsRefusal {
  return { status: 400, code: TrustedDocumentsErrorCode.BAD_REQUEST, message };
}

function required({ role }: Requester): TrustedDocumentsRefusal {
  const who = role === undefined ? 'Without a signed-in caller, requests' : `Callers with the role "${role}"`;
  return {
    status: 403,
    code: TrustedDocumentsErrorCode.PERSISTED_DOCUMENT_REQUIRED,
    message: `${who} may only run the operations in this gateway's trusted-documents manifest (TRUSTED_DOCUMENTS=enforce). Send the operation's \`documentId\` (its id in operations/__generated__/persisted-documents.json); to run a new operation, add it to operations/*.graphql, run \`npm run codegen\` and deploy the new manifest with the gateway.`,
  };
}
