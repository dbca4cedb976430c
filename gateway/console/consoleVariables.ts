import { optionalStringVariable, readVariables, stringVariable } from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';
import { DEFAULT_CONSOLE_DIR, DEFAULT_OIDC_SCOPE } from './consoleOptions';
import type { ConsoleOptions } from './consoleOptions';
import { packageFile } from '../packageRoot';

/** An origin is scheme://host[:port], nothing after it: what a Content-Security-Policy frame-ancestors list takes. */
const ORIGIN = /^https?:\/\/[^\s/]+$/;

/**
 * Reads CONSOLE_DIR, CONSOLE_OIDC_CLIENT_ID, CONSOLE_OIDC_SCOPE and CONSOLE_EMBED_ORIGINS (and JWT_ISSUER, where the
 * client id signs in); issues are returned.
 */
export function readConsoleVariables(env: Env): { console: ConsoleOptions; issues: EnvIssue[] } {
  const { values, issues } = readVariables(env, {
    CONSOLE_DIR: {
      schema: stringVariable(packageFile(DEFAULT_CONSOLE_DIR)),
      fix: `Set CONSOLE_DIR to the directory \`npm run console:build\` writes (default ${DEFAULT_CONSOLE_DIR})`,
    },
    CONSOLE_OIDC_CLIENT_ID: {
      schema: optionalStringVariable(),
      fix: 'Set it to the client id the console is registered with at your OpenID Connect provider (JWT_ISSUER)',
    },
    CONSOLE_OIDC_SCOPE: {
      schema: stringVariable(DEFAULT_OIDC_SCOPE),
      fix: `Set CONSOLE_OIDC_SCOPE to the scopes the console asks for, e.g. "${DEFAULT_OIDC_SCOPE}"`,
    },
    CONSOLE_EMBED_ORIGINS: {
      schema: optionalStringVariable(),
      fix: 'Set CONSOLE_EMBED_ORIGINS to the origins that may frame the customer card, comma-separated, e.g. https://tools.example.com',
    },
  });
  const embedOrigins = (values.CONSOLE_EMBED_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  const bad = embedOrigins.filter((origin) => origin.length > 200 || !ORIGIN.test(origin));
  if (bad.length > 0) {
    issues.push({
      variable: 'CONSOLE_EMBED_ORIGINS',
      value: env['CONSOLE_EMBED_ORIGINS'],
      problem: `${bad.map((origin) => JSON.stringify(origin.slice(0, 60))).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not an origin`,
      fix: 'List origins as scheme://host[:port] with no path, comma-separated, e.g. https://tools.example.com',
    });
  }
  const clientId = values.CONSOLE_OIDC_CLIENT_ID;
  // the browser reads the provider's discovery document at JWT_ISSUER: the dev issuer (a bare name) has none
  const issuer = env['JWT_ISSUER']?.trim();
  if (clientId && !(issuer && isHttpUrl(issuer))) {
    issues.push({
      variable: 'CONSOLE_OIDC_CLIENT_ID',
      value: env['CONSOLE_OIDC_CLIENT_ID'],
      problem: `The console signs in at JWT_ISSUER's provider, but JWT_ISSUER is ${issuer ? JSON.stringify(issuer.slice(0, 60)) : 'unset'}, not a URL`,
      fix: "Set JWT_ISSUER to your OpenID Connect provider's issuer URL (and JWT_JWKS_URL to its keys), or unset CONSOLE_OIDC_CLIENT_ID",
    });
  }
  return {
    console: {
      dir: values.CONSOLE_DIR,
      oidc: clientId ? { clientId, scope: values.CONSOLE_OIDC_SCOPE } : undefined,
      embedOrigins,
    },
    issues,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
