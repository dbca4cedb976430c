import type { RequestHandler, Response } from 'express';
import { decodeJwt } from 'jose';
import { IDENTIFIERS } from '../../platform/identifierForms';
import { isPlaygroundRole, PLAYGROUND_ROLES } from './playgroundRoles';
import type { DevSubject, DevTokenSource } from './playgroundRoles';

/** Where the playground page fetches the token for the role picked in its switcher. */
export const DEV_TOKEN_PATH = '/playground/dev-token';

/** What GET /playground/dev-token answers. */
export interface DevTokenResponse {
  token: string;
  role: string;
  /** When the token expires (ISO 8601), so the page knows when to ask again; null when it never does. */
  expiresAt: string | null;
}

const EXAMPLE_AGENT = `${DEV_TOKEN_PATH}?role=agent&agent=agt_7&team=logistics_desk`;

/**
 * GET /playground/dev-token?role=analyst → `{ token, role, expiresAt }`; `?role=agent&agent=agt_7&team=billing`
 * signs in as that agent of that team. Mounted only when a DevTokenSource is given; otherwise the path does not
 * exist at all (404), so production cannot hand out tokens by mistake.
 */
export function devTokenHandler(devTokens: DevTokenSource): RequestHandler {
  const roles = PLAYGROUND_ROLES.join(', ');
  return async (req, res) => {
    // a token is a credential: no browser or proxy may keep it
    res.set('Cache-Control', 'no-store');
    const role = req.query['role'];
    if (!isPlaygroundRole(role)) {
      const named = typeof role === 'string' ? `Unknown role ${JSON.stringify(role.slice(0, 40))}` : 'No role given';
      badRequest(res, `${named}. Ask for one of ${roles}, e.g. GET ${DEV_TOKEN_PATH}?role=analyst.`);
      return;
    }
    const subject = subjectOf(req.query['agent'], req.query['team'], role);
    if (typeof subject === 'string') {
      badRequest(res, subject);
      return;
    }
    const token = await devTokens(role, subject);
    const { exp } = decodeJwt(token);
    const body: DevTokenResponse = {
      token,
      role,
      expiresAt: typeof exp === 'number' ? new Date(exp * 1000).toISOString() : null,
    };
    res.json(body);
  };
}

/**
 * The agent a token should name, undefined for the default one, or what is wrong with the request. The gateway
 * knows no agents (the tickets subgraph does), so the caller names the team too and both are only checked for form:
 * a dev token may name any agent, as the dev secret may sign anything.
 */
function subjectOf(agent: unknown, team: unknown, role: string): DevSubject | undefined | string {
  if (agent === undefined && team === undefined) return undefined;
  if (role !== 'agent') {
    return `Only agent tokens name an agent: ask for role=agent with &agent and &team (e.g. GET ${EXAMPLE_AGENT}), or drop them.`;
  }
  if (agent === undefined || team === undefined) {
    return `Name both the agent and the agent's team, e.g. GET ${EXAMPLE_AGENT}: the gateway does not look agents up (Query.teams lists each team's agents).`;
  }
  const problems: string[] = [];
  if (!matches(agent, IDENTIFIERS.agentId)) {
    problems.push(`The agent ${shown(agent)} is not an agent id; expected ${IDENTIFIERS.agentId.expected}.`);
  }
  if (!matches(team, IDENTIFIERS.teamCode)) {
    problems.push(`The team ${shown(team)} is not a team code; expected ${IDENTIFIERS.teamCode.expected}.`);
  }
  if (problems.length > 0 || typeof agent !== 'string' || typeof team !== 'string') return problems.join(' ');
  return { sub: agent, team };
}

function matches(value: unknown, form: { maxLength: number; pattern: RegExp }): boolean {
  return typeof value === 'string' && value.length <= form.maxLength && form.pattern.test(value);
}

/** The value as given, shortened: a repeated parameter arrives as an array. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : '(given more than once)';
}

function badRequest(res: Response, message: string): void {
  res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
}
