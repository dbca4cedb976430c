import { SignJWT } from 'jose';
import type { Role, Scope } from '../../platform/caller';

/**
 * The HS256 secret every process uses outside production when no JWT_SECRET, JWT_JWKS_URL or JWT_PUBLIC_KEY is
 * set, so `npm start`, `npm run token` and the playground agree with no set-up. It is public (it is in this
 * repository): the gateway refuses to start with it when NODE_ENV=production.
 */
export const DEV_JWT_SECRET = 'customer-360-dev-secret-do-not-use-in-production';
export const DEV_ISSUER = 'customer-360-dev';
export const DEV_AUDIENCE = 'customer-360';

/** Who the dev tokens are, by default: seeded agents and made-up people and tools. */
export const DEV_SUBJECTS: Readonly<Record<Role, { sub: string; team?: string; name: string }>> = {
  agent: { sub: 'agt_1', team: 'customer_care', name: 'Dev Agent' },
  supervisor: { sub: 'sup_dev', name: 'Dev Supervisor' },
  analyst: { sub: 'ana_dev', name: 'Dev Analyst' },
  service: { sub: 'svc_dev', name: 'Dev Service' },
};

export interface DevTokenOptions {
  role: Role;
  /** Defaults to DEV_SUBJECTS[role].sub. */
  sub?: string;
  /** Agents only; defaults to DEV_SUBJECTS.agent.team. */
  team?: string;
  /** Services only: what the token grants (others get their role's scopes). */
  scopes?: readonly Scope[];
  /** e.g. '8h' (the default), '15m'. */
  expiresIn?: string;
  secret?: string;
  issuer?: string;
  audience?: string;
}

/** Signs a token the way a real identity provider would, with the dev secret unless another is given. */
export async function mintDevToken(options: DevTokenOptions): Promise<string> {
  const subject = DEV_SUBJECTS[options.role];
  const claims: Record<string, unknown> = { role: options.role, name: subject.name };
  if (options.role === 'agent') claims['team'] = options.team ?? subject.team;
  if (options.role === 'service') claims['scope'] = (options.scopes ?? ['graph:read']).join(' ');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.sub ?? subject.sub)
    .setIssuer(options.issuer ?? DEV_ISSUER)
    .setAudience(options.audience ?? DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(options.secret ?? DEV_JWT_SECRET));
}
