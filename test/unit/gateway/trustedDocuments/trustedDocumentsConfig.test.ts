import { join } from 'node:path';
import { ConfigError } from '../../../../platform/settings';
import { parseGatewayConfig } from '../../../../gateway/config';
import { readTrustedDocumentVariables } from '../../../../gateway/trustedDocuments';

const ROOT = join(__dirname, '..', '..', '..', '..');
const MANIFEST = join(ROOT, 'operations', '__generated__', 'persisted-documents.json');

describe('TRUSTED_DOCUMENTS* variables', () => {
  it('allow ids and ad-hoc queries by default, restricting agents and services once enforced', () => {
    const { trustedDocuments, issues } = readTrustedDocumentVariables({ TRUSTED_DOCUMENTS_MANIFEST: MANIFEST });
    expect(issues).toEqual([]);
    expect(trustedDocuments.mode).toBe('allow');
    expect(trustedDocuments.roles).toEqual(['agent', 'service']);
    expect(trustedDocuments.manifest.byId.size).toBeGreaterThan(10);
  });

  it('read a mode and a comma- or space-separated role list', () => {
    const { trustedDocuments, issues } = readTrustedDocumentVariables({
      TRUSTED_DOCUMENTS: ' Enforce ',
      TRUSTED_DOCUMENTS_ROLES: 'agent, service analyst',
      TRUSTED_DOCUMENTS_MANIFEST: MANIFEST,
    });
    expect(issues).toEqual([]);
    expect(trustedDocuments.mode).toBe('enforce');
    expect(trustedDocuments.roles).toEqual(['agent', 'service', 'analyst']);
  });

  it('read no manifest when off, so a gateway without one can start', () => {
    const { trustedDocuments, issues } = readTrustedDocumentVariables({
      TRUSTED_DOCUMENTS: 'off',
      TRUSTED_DOCUMENTS_MANIFEST: join(ROOT, 'missing.json'),
    });
    expect(issues).toEqual([]);
    expect(trustedDocuments.manifest.byId.size).toBe(0);
  });

  it('are reported together with every other bad gateway variable, each with its fix', () => {
    let error: unknown;
    try {
      parseGatewayConfig({
        PORT: 'eighty',
        TRUSTED_DOCUMENTS: 'strict',
        TRUSTED_DOCUMENTS_ROLES: 'agent,robot',
        TRUSTED_DOCUMENTS_MANIFEST: join(ROOT, 'missing.json'),
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { issues, message } = error as ConfigError;
    expect(issues.map(({ variable }) => variable).sort()).toEqual([
      'PORT',
      'TRUSTED_DOCUMENTS',
      'TRUSTED_DOCUMENTS_MANIFEST',
      'TRUSTED_DOCUMENTS_ROLES',
    ]);
    expect(message).toContain('must be off, allow or enforce');
    expect(message).toContain('robot is not a role');
    expect(message).toContain('npm run codegen');
  });
});
