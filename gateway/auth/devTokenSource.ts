import type { Role } from '../../subgraphs/shared/caller';
import type { AuthOptions } from './authOptions';
import { usesDevSecret } from './authOptions';
import { mintDevToken } from './devToken';

/**
 * Tokens for the playground's role switcher, or undefined when the gateway checks tokens with real keys: only the
 * public dev secret (which NODE_ENV=production refuses) lets the gateway mint tokens that it will itself accept.
 */
export function devTokenSource(auth: AuthOptions): ((role: Exclude<Role, 'service'>) => Promise<string>) | undefined {
  if (!usesDevSecret(auth)) return undefined;
  return (role) => mintDevToken({ role, issuer: auth.issuer, audience: auth.audience });
}
