/** The roles a token can carry (gateway/auth); the console shows and hides by them, the gateway enforces them. */
export type Role = 'agent' | 'supervisor' | 'analyst' | 'service';

/** Who is signed in, as the token says (read, not verified: the gateway verifies every request). */
export interface Identity {
  userId: string;
  role: Role;
  /** Agents only: their team's code (`customer_care`, `logistics_desk`…). */
  team?: string | undefined;
  name?: string | undefined;
  /** When the token expires, in ms since the epoch; undefined when it never does. */
  expiresAt?: number | undefined;
}

/** What the console offers a role. Mirrors gateway/auth/roles.ts: analysts read masked PII and run no mutations. */
export interface Permissions {
  /** Ticket actions (scope tickets:write). Agents act on their own team's tickets (and consults addressed to it). */
  act: boolean;
  /** The unattended queue: agents see their team's, supervisors every team's. */
  seeQueue: boolean;
  /** The KPI dashboard: supervisors (team leads) and analysts. */
  seeKpis: boolean;
  /** Email, phone and street unmasked. */
  seePii: boolean;
}

export function permissionsOf(identity: Identity | undefined): Permissions {
  switch (identity?.role) {
    case 'agent':
      return { act: true, seeQueue: true, seeKpis: false, seePii: true };
    case 'supervisor':
      return { act: true, seeQueue: true, seeKpis: true, seePii: true };
    case 'analyst':
      return { act: false, seeQueue: false, seeKpis: true, seePii: false };
    case 'service':
    case undefined:
      return { act: false, seeQueue: false, seeKpis: false, seePii: false };
  }
}

const ROLES: readonly Role[] = ['agent', 'supervisor', 'analyst', 'service'];

/** Reads a JWT's claims without checking it (the gateway does); undefined when it is not a JWT with a known role. */
export function identityOfToken(token: string): Identity | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  let claims: Record<string, unknown>;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<
      string,
      unknown
    >;
  } catch {
    return undefined;
  }
  const role = claims['role'];
  const sub = claims['sub'];
  if (typeof sub !== 'string' || !ROLES.includes(role as Role)) return undefined;
  return {
    userId: sub,
    role: role as Role,
    team: typeof claims['team'] === 'string' ? claims['team'] : undefined,
    name: typeof claims['name'] === 'string' ? claims['name'] : undefined,
    expiresAt: typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : undefined,
  };
}
