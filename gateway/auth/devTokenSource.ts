import type { Role } from '../../platform/caller';
import type { AuthOptions } from './authOptions';
import { usesDevSecret } from './authOptions';
import { mintDevToken } from './devToken';
import { formatDuration } from './tokenLifetime';

/** What `mintDevToken` gives by default. */
const DEV_TOKEN_LIFETIME_SECONDS = 8 * 3_600;

/**
 * Tokens for the playground's and the console's role switchers (as one of the seeded agents when `subject` names
 * one), or undefined when the gateway checks tokens with real keys: only the public dev secret (which
 * NODE_ENV=production refuses) lets the gateway mint tokens that it will itself accept.
 */
export function devTokenSource(
  auth: AuthOptions,
): ((role: Exclude<Role, 'service'>, subject?: { sub: string; team: string }) => Promise<string>) | undefined {
  if (!usesDevSecret(auth)) return undefined;
  // never longer than the gateway accepts, should JWT_MAX_TOKEN_LIFETIME be set below the 8 h default
  const expiresIn = formatDuration(Math.min(DEV_TOKEN_LIFETIME_SECONDS, auth.maxTokenLifetime.user));
  return (role, subject) =>
    mintDevToken({
      role,
      // a subject names an agent; the other roles are the made-up people of DEV_SUBJECTS
      ...(role === 'agent' && subject ? { sub: subject.sub, team: subject.team } : {}),
      issuer: auth.issuer,
      audience: auth.audience,
      expiresIn,
    });
}
