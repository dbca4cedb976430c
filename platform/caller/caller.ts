/** The roles a verified token can carry (see gateway/auth). */
export const ROLES = ['agent', 'supervisor', 'analyst', 'service'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a token may allow. `graph:read` reads the graph; `pii:read` sees email, phone and street unmasked;
 * `tickets:write` runs the ticket mutations; `metrics:read` scrapes GET /metrics.
 */
export const SCOPES = ['graph:read', 'pii:read', 'tickets:write', 'metrics:read'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Who is calling, as the gateway verified it from the bearer token and passes it to every subgraph in signed
 * headers. Subgraphs trust it only when the signature checks out (see requestSignature.ts).
 */
export interface Caller {
  /** The token's `sub`: an agent id such as `agt_7`, an analyst's login, or a service's name. */
  userId: string;
  role: Role;
  /** The agent's team code (`billing`, `logistics_desk`…); only agents have one. */
  team?: string | undefined;
  scopes: readonly Scope[];
}

export function hasScope(caller: Pick<Caller, 'scopes'> | undefined, scope: Scope): boolean {
  return caller?.scopes.includes(scope) ?? false;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

/** How a caller is written into subgraph requests. Lower case: Node hands headers over lower-cased. */
export const CALLER_HEADERS = {
  user: 'x-c360-user',
  role: 'x-c360-role',
  team: 'x-c360-team',
  scopes: 'x-c360-scopes',
} as const;

export const REQUEST_ID_HEADER = 'x-request-id';

export function callerHeaders(caller: Caller): Record<string, string> {
  return {
    [CALLER_HEADERS.user]: caller.userId,
    [CALLER_HEADERS.role]: caller.role,
    [CALLER_HEADERS.team]: caller.team ?? '',
    [CALLER_HEADERS.scopes]: caller.scopes.join(' '),
  };
}

type HeaderBag = Readonly<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads a caller back from request headers; undefined when there is none or it is malformed. */
export function callerFromHeaders(headers: HeaderBag): Caller | undefined {
  const userId = first(headers[CALLER_HEADERS.user]);
  const role = first(headers[CALLER_HEADERS.role]);
  if (!userId || !isRole(role)) return undefined;
  const team = first(headers[CALLER_HEADERS.team]);
  const scopes = (first(headers[CALLER_HEADERS.scopes]) ?? '').split(' ').filter(isScope);
  return { userId, role, ...(team ? { team } : {}), scopes };
}
