import type { Role } from '../../platform/caller';

/** The people the playground can sign in as. Not `service`: a tool's scopes are its own, not a role's. */
export const PLAYGROUND_ROLES = ['agent', 'supervisor', 'analyst'] as const satisfies readonly Role[];
export type PlaygroundRole = (typeof PLAYGROUND_ROLES)[number];

/** What the switcher shows for each role, so nobody has to know the scope table to pick one. */
export const PLAYGROUND_ROLE_LABELS: Readonly<Record<PlaygroundRole, { label: string; sees: string }>> = {
  agent: { label: 'Agent', sees: 'the whole customer unmasked; can act on tickets' },
  supervisor: { label: 'Supervisor', sees: 'what an agent sees, plus metrics' },
  analyst: { label: 'Analyst', sees: 'email, phone and street masked; no mutations' },
};

/** Which seeded agent an agent token names: its id (`sub`) and its team (the `team` claim), both as the caller says. */
export interface DevSubject {
  sub: string;
  team: string;
}

/**
 * Signs a token for a role, as `subject` when given (agents only; else the default dev agent, agt_1 of
 * customer_care). Given only where tokens may be minted locally (outside production, with the public dev secret):
 * whoever can open the page can then act as any of these roles, and as any agent.
 */
export type DevTokenSource = (role: PlaygroundRole, subject?: DevSubject) => Promise<string>;

export function isPlaygroundRole(value: unknown): value is PlaygroundRole {
  return typeof value === 'string' && (PLAYGROUND_ROLES as readonly string[]).includes(value);
}
