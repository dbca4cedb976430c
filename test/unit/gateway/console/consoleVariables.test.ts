import { DEFAULT_CONSOLE_DIR, DEFAULT_OIDC_SCOPE, readConsoleVariables } from '../../../../gateway/console';
import { packageFile } from '../../../../gateway/packageRoot';
import { describeIssue } from '../../../../platform/settings';

const ISSUER = 'https://login.example.com/realms/staff';

describe('Console variables: CONSOLE_DIR, CONSOLE_OIDC_*, CONSOLE_EMBED_ORIGINS', () => {
  it('defaults to the build `npm run console:build` makes, no provider client, and no embedding origin', () => {
    expect(readConsoleVariables({})).toEqual({
      // found from the package root (the repository, or dist/ once built), whatever the working directory
      console: { dir: packageFile(DEFAULT_CONSOLE_DIR), oidc: undefined, embedOrigins: [] },
      issues: [],
    });
  });

  it('signs in at the provider with the client id and the scope given, or the default scope', () => {
    expect(
      readConsoleVariables({ CONSOLE_OIDC_CLIENT_ID: 'console-spa', JWT_ISSUER: ISSUER, CONSOLE_DIR: '/srv/console' }),
    ).toEqual({
      console: {
        dir: '/srv/console',
        oidc: { clientId: 'console-spa', scope: DEFAULT_OIDC_SCOPE },
        embedOrigins: [],
      },
      issues: [],
    });
    expect(
      readConsoleVariables({
        CONSOLE_OIDC_CLIENT_ID: 'console-spa',
        CONSOLE_OIDC_SCOPE: 'openid profile offline_access',
        JWT_ISSUER: ISSUER,
      }).console.oidc,
    ).toEqual({ clientId: 'console-spa', scope: 'openid profile offline_access' });
  });

  it('ignores the scope without a client id: there is no provider sign-in to ask it for', () => {
    expect(readConsoleVariables({ CONSOLE_OIDC_SCOPE: 'openid' }).console.oidc).toBeUndefined();
  });

  it.each([
    ['unset', {}, 'unset'],
    ['the dev issuer, a bare name', { JWT_ISSUER: 'customer-360-dev' }, '"customer-360-dev"'],
  ])('reports a client id while JWT_ISSUER is %s: the browser could find no provider', (_case, env, shown) => {
    const { issues } = readConsoleVariables({ CONSOLE_OIDC_CLIENT_ID: 'console-spa', ...env });
    expect(issues.map(describeIssue)).toEqual([
      `CONSOLE_OIDC_CLIENT_ID ("console-spa"): The console signs in at JWT_ISSUER's provider, but JWT_ISSUER is ${shown}, not a URL. ` +
        "Set JWT_ISSUER to your OpenID Connect provider's issuer URL (and JWT_JWKS_URL to its keys), or unset CONSOLE_OIDC_CLIENT_ID.",
    ]);
  });

  it('reads embedding origins comma-separated, trimmed, empty entries dropped', () => {
    const { console, issues } = readConsoleVariables({
      CONSOLE_EMBED_ORIGINS: ' https://crm.example.com, http://localhost:3000 ,,',
    });
    expect(issues).toEqual([]);
    expect(console.embedOrigins).toEqual(['https://crm.example.com', 'http://localhost:3000']);
  });

  it('reports every embedding origin that is not scheme://host[:port], in one issue with the fix', () => {
    const { issues } = readConsoleVariables({
      CONSOLE_EMBED_ORIGINS: 'https://crm.example.com,https://tools.example.com/app,crm.example.com,*',
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ variable: 'CONSOLE_EMBED_ORIGINS' });
    expect(describeIssue(issues[0] ?? { variable: '', value: '', problem: '', fix: '' })).toBe(
      'CONSOLE_EMBED_ORIGINS ("https://crm.example.com,https://tools.example.com/app,crm.example.com,*"): ' +
        '"https://tools.example.com/app", "crm.example.com", "*" are not an origin. ' +
        'List origins as scheme://host[:port] with no path, comma-separated, e.g. https://tools.example.com.',
    );
  });

  it('reports a single bad origin in the singular, shortened', () => {
    const long = `https://${'a'.repeat(250)}.example.com`;
    const { issues } = readConsoleVariables({ CONSOLE_EMBED_ORIGINS: long });
    expect(issues[0]?.problem).toBe(`${JSON.stringify(long.slice(0, 60))} is not an origin`);
  });
});
