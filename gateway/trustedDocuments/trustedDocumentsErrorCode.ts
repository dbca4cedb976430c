/** Why the gateway refused a request over its trusted documents. */
export enum TrustedDocumentsErrorCode {
  /** A `documentId` (or an APQ hash the caller must use) that the manifest does not hold; HTTP 400. */
  PERSISTED_DOCUMENT_NOT_FOUND = 'PERSISTED_DOCUMENT_NOT_FOUND',
  /** An ad-hoc query from a role that may only run manifest documents (TRUSTED_DOCUMENTS=enforce); HTTP 403. */
  PERSISTED_DOCUMENT_REQUIRED = 'PERSISTED_DOCUMENT_REQUIRED',
  /** `documentId` and `query` that disagree, or a `documentId` that is not a string; HTTP 400. */
  BAD_REQUEST = 'BAD_REQUEST',
}

/** A refusal, answered before Apollo Server sees the request. */
export interface TrustedDocumentsRefusal {
  status: 400 | 403;
  code: TrustedDocumentsErrorCode;
  message: string;
}

/** The JSON body of a refusal: a GraphQL response with one error, as every other gateway refusal. */
export function refusalBody({ message, code }: TrustedDocumentsRefusal) {
  return { errors: [{ message, extensions: { code } }] };
}
