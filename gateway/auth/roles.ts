import { isScope } from '../../platform/caller';
import type { Role, Scope } from '../../platform/caller';

/**
 * What each human role may do. Agents and supervisors read everything unmasked and act on tickets of any team;
 * analysts read the graph with email, phone and street masked and run no mutations. A `service` token (an
 * internal tool) gets exactly the scopes listed in its `scope` claim, nothing by role.
 */
export const ROLE_SCOPES: Readonly<Record<Exclude<Role, 'service'>, readonly Scope[]>> = {
  agent: ['graph:read', 'pii:read', 'tickets:write'],
  supervisor: ['graph:read', 'pii:read', 'tickets:write', 'metrics:read'],
  analyst: ['graph:read'],
};

/** The scopes a verified token grants: by role, or for services from the space-separated `scope` claim. */
export function scopesFor(role: Role, scopeClaim: unknown): Scope[] {
  if (role !== 'service') return [...ROLE_SCOPES[role]];
  if (typeof scopeClaim !== 'string') return [];
  return [...new Set(scopeClaim.split(/\s+/).filter(isScope))];
}
