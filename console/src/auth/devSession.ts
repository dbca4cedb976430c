import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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

/**
 * Outside production: the role switcher, as in the playground. Tokens come from the gateway's dev-token endpoint
 * (`?role=…`, and `&agent=agt_…` to sign in as one of the seeded agents) and are renewed before they expire.
 */
export function useDevSession(config: ConsoleClientConfig & { auth: { mode: 'dev' } }): Session {
  const [choice, setChoice] = useState<Choice>(storedChoice);
  const [identity, setIdentity] = useState<Identity | undefined>();
  const [error, setError] = useState<string | undefined>();
  const current = useRef<{ token: string; expiresAt: number; choice: Choice } | undefined>(undefined);
  const pending = useRef<Promise<string | undefined> | undefined>(undefined);

  const fetchToken = useCallback(
    async (wanted: Choice): Promise<string | undefined> => {
      const url = new URL(config.auth.devTokenUrl, location.origin);
      url.searchParams.set('role', wanted.role);
      if (wanted.role === 'agent' && wanted.agentId) url.searchParams.set('agent', wanted.agentId);
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      const body = (await response.json().catch(() => ({}))) as {
        token?: string;
        expiresAt?: string | null;
        errors?: { message: string }[];
      };
      if (!response.ok || !body.token) {
        setError(body.errors?.[0]?.message ?? `The gateway gave no token (HTTP ${response.status}).`);
        return undefined;
      }
      const expiresAt = body.expiresAt ? Date.parse(body.expiresAt) : Number.POSITIVE_INFINITY;
      current.current = { token: body.token, expiresAt, choice: wanted };
      setError(undefined);
      setIdentity(identityOfToken(body.token));
      return body.token;
    },
    [config.auth.devTokenUrl],
  );

  const token = useCallback(async () => {
    const held = current.current;
    if (held && held.choice === choice && held.expiresAt - RENEW_BEFORE_MS > Date.now()) return held.token;
    pending.current ??= fetchToken(choice).finally(() => {
      pending.current = undefined;
    });
    return pending.current;
  }, [choice, fetchToken]);

  useEffect(() => {
    void token();
  }, [token]);

  const switchRole = useCallback(async (role: Role, agentId?: string) => {
    const next: Choice = { role, agentId };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    current.current = undefined;
    setChoice(next);
  }, []);

  return useMemo(
    () => ({ config, identity, can: permissionsOf(identity), token, switchRole, error }),
    [config, identity, token, switchRole, error],
  );
}
