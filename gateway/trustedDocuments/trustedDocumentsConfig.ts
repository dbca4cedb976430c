import { z } from 'zod';
import { ROLES, isRole } from '../../platform/caller';
import type { Role } from '../../platform/caller';
import { enumVariable, readVariables, stringVariable, variable } from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';
import { loadManifest, ManifestError } from './manifest';
import type { PersistedDocuments } from './manifest';
import { DEFAULT_MANIFEST_PATH, DEFAULT_TRUSTED_DOCUMENTS_ROLES, TRUSTED_DOCUMENTS_MODES } from './options';
import type { TrustedDocumentsOptions } from './options';
import { packageFile } from '../packageRoot';

/** A comma- or space-separated list of roles; unset or blank: the default. */
const rolesVariable = variable(
  z
    .string()
    .optional()
    .transform((raw, context) => {
      if (raw === undefined) return DEFAULT_TRUSTED_DOCUMENTS_ROLES;
      const names = raw
        .toLowerCase()
        .split(/[\s,]+/)
        .filter((name) => name !== '');
      const unknown = names.filter((name) => !isRole(name));
      if (unknown.length > 0) {
        context.addIssue({
          code: 'custom',
          message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a role`,
        });
        return z.NEVER;
      }
      return [...new Set(names)] as Role[];
    }),
);

/**
 * Reads TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_ROLES and TRUSTED_DOCUMENTS_MANIFEST, and loads the manifest (unless
 * the mode is off). Issues are returned, not thrown, so parseGatewayConfig reports them with every other bad
 * variable; a manifest that is missing or hand-edited is an issue of TRUSTED_DOCUMENTS_MANIFEST.
 */
export function readTrustedDocumentVariables(env: Env): {
  trustedDocuments: TrustedDocumentsOptions;
  issues: EnvIssue[];
} {
  const { values, issues } = readVariables(env, {
    TRUSTED_DOCUMENTS: {
      schema: enumVariable(TRUSTED_DOCUMENTS_MODES, 'allow', 'must be off, allow or enforce'),
      fix: 'Set TRUSTED_DOCUMENTS to allow (the default: operations by id or as text), enforce (agents and services may run manifest operations only) or off',
    },
    TRUSTED_DOCUMENTS_ROLES: {
      schema: rolesVariable,
      fix: `Set TRUSTED_DOCUMENTS_ROLES to the roles that TRUSTED_DOCUMENTS=enforce restricts, from ${ROLES.join(', ')}, e.g. ${DEFAULT_TRUSTED_DOCUMENTS_ROLES.join(',')}`,
    },
    TRUSTED_DOCUMENTS_MANIFEST: {
      schema: stringVariable(packageFile(DEFAULT_MANIFEST_PATH)),
      fix: `Set TRUSTED_DOCUMENTS_MANIFEST to the persisted-documents.json \`npm run codegen\` writes (default ${DEFAULT_MANIFEST_PATH})`,
    },
  });
  const mode = values.TRUSTED_DOCUMENTS;
  let manifest: PersistedDocuments = { path: '(none)', byId: new Map() };
  if (mode !== 'off') {
    try {
      manifest = loadManifest(values.TRUSTED_DOCUMENTS_MANIFEST);
    } catch (error) {
      if (!(error instanceof ManifestError)) throw error;
      issues.push({
        variable: 'TRUSTED_DOCUMENTS_MANIFEST',
        value: env['TRUSTED_DOCUMENTS_MANIFEST'],
        problem: error.message,
        fix: '',
      });
    }
  }
  return {
    issues,
    trustedDocuments: { mode, roles: values.TRUSTED_DOCUMENTS_ROLES, manifest },
  };
}
