export { admitRequest } from './admitRequest';
export type { GraphQLRequestFields, Requester } from './admitRequest';
export { documentIdOf, normalizeDocumentId } from './documentId';
export { loadManifest, ManifestError, parseManifest } from './manifest';
export type { PersistedDocuments } from './manifest';
export {
  DEFAULT_MANIFEST_PATH,
  DEFAULT_TRUSTED_DOCUMENTS_ROLES,
  TRUSTED_DOCUMENTS_MODES,
  TRUSTED_DOCUMENTS_OFF,
} from './options';
export type { TrustedDocumentsMode, TrustedDocumentsOptions } from './options';
export { readTrustedDocumentVariables } from './trustedDocumentsConfig';
export { refusalBody, TrustedDocumentsErrorCode } from './trustedDocumentsErrorCode';
export type { TrustedDocumentsRefusal } from './trustedDocumentsErrorCode';
export { trustedDocumentsMiddleware } from './trustedDocumentsMiddleware';
