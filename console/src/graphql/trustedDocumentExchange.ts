import { makeOperation, mapExchange } from '@urql/core';
import type { Exchange } from '@urql/core';
import type { DocumentNode } from 'graphql';

/** What graphql-codegen's client preset puts on each typed document: its id in the trusted-documents manifest. */
interface PersistedDocument extends DocumentNode {
  __meta__?: { hash?: string };
}

/**
 * Sends every operation by its manifest id (`documentId`, the GraphQL-over-HTTP persisted-documents form), never as
 * text, so the console works on a gateway with TRUSTED_DOCUMENTS=enforce. urql sends `documentId` for a document
 * that has one and no definitions; the operation's key, taken from the full document, is unchanged.
 */
export const trustedDocumentExchange: Exchange = mapExchange({
  onOperation(operation) {
    if (operation.kind === 'teardown') return operation;
    const hash = (operation.query as PersistedDocument).__meta__?.hash;
    if (!hash) {
      throw new Error(
        'The console sends only documents from operations/ (they carry a manifest id): run `npm run codegen` and import the typed document.',
      );
    }
    const query = { kind: 'Document', definitions: [], documentId: hash } as unknown as DocumentNode;
    return makeOperation(operation.kind, { ...operation, query }, operation.context);
  },
});
