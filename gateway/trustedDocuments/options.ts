import type { Role } from '../../platform/caller';
import type { PersistedDocuments } from './manifest';

export const TRUSTED_DOCUMENTS_MODES = ['off', 'allow', 'enforce'] as const;
/**
 * - `off`: no manifest; requests carry their query text (APQ still works, it is Apollo Server's).
 * - `allow`: a request may name a manifest document by id instead of sending its text; ad-hoc queries still run.
 * - `enforce`: callers in `roles` may run manifest documents only; the other roles stay ad-hoc.
 */
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

/**
 * Agents' desktops and services run the operations the project ships; analysts and supervisors explore with
 * their own queries, within the cost limits.
 */
export const DEFAULT_TRUSTED_DOCUMENTS_ROLES: readonly Role[] = ['agent', 'service'];

/** Where `npm run codegen` writes the manifest, inside PACKAGE_ROOT (the repository, or dist/ once built). */
export const DEFAULT_MANIFEST_PATH = 'operations/__generated__/persisted-documents.json';

export interface TrustedDocumentsOptions {
  mode: TrustedDocumentsMode;
  /** With `enforce`, the roles that may only run manifest documents. */
  roles: readonly Role[];
  /** The documents clients may name by id; empty with `off`. */
  manifest: PersistedDocuments;
}

/** What a gateway without a manifest does: only APQ, which Apollo Server handles itself. */
export const TRUSTED_DOCUMENTS_OFF: TrustedDocumentsOptions = {
  mode: 'off',
  roles: [],
  manifest: { path: '(none)', byId: new Map() },
};
