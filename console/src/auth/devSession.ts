import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ConsoleDevAgentsDocument } from '../../../operations/__generated__/graphql';
import { createConsoleClient } from '../graphql/client';
import type { ConsoleClientConfig } from './consoleConfig';
import { identityOfToken, permissionsOf } from './identity';
import type { Identity, Role } from './identity';
import type { Session } from './session';

const STORAGE_KEY = 'c360.console.devRole';
/** Renew a minute before expiry, so no request leaves with a token about to lapse. */
const RENEW_BEFORE_MS = 60_000;

interface Choice {
  role: Role;
  agentId?: string | undefined;
  /** The agent's team, looked up once when the agent was chosen (the gateway's dev-token endpoint needs both). */
  team?: string | undefined;
}

function storedChoice(): Choice {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Choice | null;
    if (parsed && typeof parsed.role === 'string') return parsed;
  } catch {
    // a hand-edited or foreign value: start as an agent
  }
  return { role: 'agent' };
}

function store(choice: Choice): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
}

/** Who a choice signs in as; the team follows from the agent. */
const keyOf = (choice: Choice) => `${choice.role}:${choice.role === 'agent' ? (choice.agentId ?? '') : ''}`;

/**
 * Outside production: the role switcher, as in the playground. Tokens come from the gateway's dev-token endpoint
 * (`?role=…`, and `&agent=agt_…&team=…` to sign in as one of the seeded agents) and are renewed before they expire.
 * The gateway looks no agent up, so the console finds the agent's team in Query.teams (with the token it holds, or
 * the default agent's) and remembers it with the choice.
 */
export function useDevSession(config: ConsoleClientConfig & { auth: { mode: 'dev' } }): Session {
  const [choice, setChoice] = useState<Choice>(storedChoice);
  const [identity, setIdentity] = useState<Identity | undefined>();
  const [error, setError] = useState<string | undefined>();
  const current = useRef<{ token: string; expiresAt: number; key: string } | undefined>(undefined);
  const pending = useRef<Promise<string | undefined> | undefined>(undefined);
  /** The choice last made: an answer for an earlier one must not change who the page says is signed in. */
  const latest = useRef(keyOf(choice));

  const request = useCallback(
    async (wanted: Choice): Promise<{ token: string; expiresAt: number } | string> => {
      const url = new URL(config.auth.devTokenUrl, location.origin);
      url.searchParams.set('role', wanted.role);
      if (wanted.role === 'agent' && wanted.agentId && wanted.team) {
        url.searchParams.set('agent', wanted.agentId);
        url.searchParams.set('team', wanted.team);
      }
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      const body = (await response.json().catch(() => ({}))) as {
        token?: string;
        expiresAt?: string | null;
        errors?: { message: string }[];
      };
      if (!response.ok || !body.token)
        return body.errors?.[0]?.message ?? `The gateway gave no token (HTTP ${response.status}).`;
      return { token: body.token, expiresAt: body.expiresAt ? Date.parse(body.expiresAt) : Number.POSITIVE_INFINITY };
    },
    [config.auth.devTokenUrl],
  );

  /** The chosen agent's team, read with `bearer`; undefined when no team lists the agent. */
  const teamOf = useCallback(
    async (agentId: string, bearer: string): Promise<string | undefined> => {
      const client = createConsoleClient({ config, token: async () => bearer });
      const result = await client.query(ConsoleDevAgentsDocument, {}, { requestPolicy: 'network-only' }).toPromise();
      if (result.error) throw new Error(`The list of agents could not be loaded: ${result.error.message}`);
      return result.data?.teams.find((team) => team.agents.some((agent) => agent.id === agentId))?.code;
    },
    [config],
  );

  const fetchToken = useCallback(
    async (chosen: Choice): Promise<string | undefined> => {
      let wanted = chosen;
      let problem: string | undefined;
      if (wanted.role === 'agent' && wanted.agentId && !wanted.team) {
        const agentId = wanted.agentId;
        // any role may read teams: the token held now, or the default agent's
        const held = current.current;
        const reader = held && held.expiresAt > Date.now() ? held : await request({ role: 'agent' });
        let team: string | undefined;
        try {
          if (typeof reader === 'string') throw new Error(reader);
          team = await teamOf(agentId, reader.token);
          if (!team) problem = `No team lists the agent ${agentId}: signed in as the default agent instead.`;
        } catch (error) {
          problem = `The team of ${agentId} could not be looked up (${error instanceof Error ? error.message : String(error)}): signed in as the default agent instead.`;
        }
        wanted = team ? { ...wanted, team } : { role: 'agent' };
        if (keyOf(chosen) === latest.current) store(wanted);
      }
      const answer = await request(wanted);
      if (keyOf(chosen) !== latest.current) return typeof answer === 'string' ? undefined : answer.token;
      if (typeof answer === 'string') {
        setError(answer);
        return undefined;
      }
      current.current = { ...answer, key: keyOf(chosen) };
      setError(problem);
      setIdentity(identityOfToken(answer.token));
      return answer.token;
    },
    [request, teamOf],
  );

  const token = useCallback(async () => {
    const held = current.current;
    if (held && held.key === keyOf(choice) && held.expiresAt - RENEW_BEFORE_MS > Date.now()) return held.token;
    pending.current ??= fetchToken(choice).finally(() => {
      pending.current = undefined;
    });
    return pending.current;
  }, [choice, fetchToken]);

  useEffect(() => {
    void token();
  }, [token]);

  const switchRole = useCallback(async (role: Role, agentId?: string) => {
    // the agent's team is looked up with the token held until now (fetchToken), then stored with the choice
    const next: Choice = { role, agentId: role === 'agent' ? agentId : undefined };
    store(next);
    latest.current = keyOf(next);
    // a request for the previous choice may be in flight: the next token() must not wait for it
    pending.current = undefined;
    setChoice(next);
  }, []);

  return useMemo(
    () => ({ config, identity, can: permissionsOf(identity), token, switchRole, error }),
    [config, identity, token, switchRole, error],
  );
}
