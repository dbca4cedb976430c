// `npm run token -- --role analyst`: prints a bearer token for local use, signed with the development secret (or
// JWT_SECRET/JWT_ISSUER/JWT_AUDIENCE when set, for a staging gateway that uses an HS256 secret). Refuses to run
// with NODE_ENV=production: production tokens come from the identity provider.
import { parseArgs } from 'node:util';
import {
  DEV_SUBJECTS,
  formatDuration,
  lifetimeVariable,
  mintDevToken,
  parseDuration,
  readAuthVariables,
} from '../gateway/auth';
import { isRole, isScope, ROLES, SCOPES } from '../platform/caller';

const USAGE = `Usage: npm run token -- --role <${ROLES.join('|')}> [--sub <id>] [--team <team>] [--scope "<scopes>"] [--expires 8h]
  --role     who the token is for (required)
  --sub      the user or service id (default: ${Object.entries(DEV_SUBJECTS)
    .map(([role, { sub }]) => `${role} ${sub}`)
    .join(', ')})
  --team     an agent's team (default ${DEV_SUBJECTS.agent.team}); e.g. billing, logistics_desk, returns
  --scope    a service's scopes, space-separated, from: ${SCOPES.join(' ')} (default graph:read)
  --expires  lifetime, e.g. 15m, 8h (default 8h); at most what the gateway accepts: JWT_MAX_TOKEN_LIFETIME
             (default 12h) for people, JWT_MAX_SERVICE_TOKEN_LIFETIME (default 24h) for services
Then: curl -H "Authorization: Bearer $(npm run --silent token -- --role agent)" …`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  if (process.env['NODE_ENV'] === 'production') {
    fail('npm run token signs with a development secret and does not run with NODE_ENV=production.');
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string' },
        sub: { type: 'string' },
        team: { type: 'string' },
        scope: { type: 'string' },
        expires: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values['help']) {
    console.log(USAGE);
    return;
  }
  const role = values['role'];
  if (!isRole(role)) fail(`--role must be one of ${ROLES.join(', ')}; got ${JSON.stringify(role ?? null)}.`);
  const scopeText = typeof values['scope'] === 'string' ? values['scope'] : undefined;
  const scopes = scopeText?.split(/\s+/).filter(Boolean);
  const unknown = scopes?.filter((scope) => !isScope(scope)) ?? [];
  if (unknown.length > 0) fail(`Unknown scope ${unknown.join(', ')}; known scopes: ${SCOPES.join(', ')}.`);
  if (scopes && role !== 'service') fail("--scope is for service tokens; the other roles get their role's scopes.");
  if (values['team'] !== undefined && role !== 'agent') fail('--team is for agent tokens only.');
  const expires = typeof values['expires'] === 'string' ? values['expires'] : '8h';
  if (!/^\d{1,9}[smhd]$/.test(expires)) fail(`--expires must look like 15m or 8h; got ${JSON.stringify(expires)}.`);
  // the gateway's own reading of its variables (JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE, the lifetime caps), so the
  // token printed is one it accepts
  const { auth } = readAuthVariables(process.env).config;
  const { maxTokenLifetime } = auth;
  const cap = role === 'service' ? maxTokenLifetime.service : maxTokenLifetime.user;
  if ((parseDuration(expires) ?? Number.POSITIVE_INFINITY) > cap) {
    fail(
      `--expires ${expires} is longer than the ${formatDuration(cap)} the gateway accepts for ${role} tokens (${lifetimeVariable(role)}); the gateway would refuse it.`,
    );
  }
  const token = await mintDevToken({
    role,
    ...(typeof values['sub'] === 'string' ? { sub: values['sub'] } : {}),
    ...(typeof values['team'] === 'string' ? { team: values['team'] } : {}),
    ...(scopes ? { scopes: scopes.filter(isScope) } : {}),
    expiresIn: expires,
    ...(auth.key.kind === 'secret' ? { secret: auth.key.secret } : {}),
    issuer: auth.issuer,
    audience: auth.audience,
  });
  console.log(token);
}

void main();
