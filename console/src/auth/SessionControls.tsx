import { useId } from 'react';
import { useQuery } from 'urql';
import { ConsoleDevAgentsDocument } from '../../../operations/__generated__/graphql';
import type { ConsoleDevAgentsQuery } from '../../../operations/__generated__/graphql';
import { useSession } from './session';
import type { Identity, Role } from './identity';
import './session.css';

type Teams = ConsoleDevAgentsQuery['teams'];

/** Who is signed in, and (outside production) the role and agent switchers, or (with a provider) sign in / out. */
export function SessionControls() {
  const session = useSession();
  const { identity, config } = session;
  const dev = config.auth.mode === 'dev' && session.switchRole;
  const roleId = useId();
  return (
    <div className="session">
      {dev && identity?.role === 'agent' ? <DevAgentControls identity={identity} /> : <Who identity={identity} />}
      {config.auth.mode === 'dev' && session.switchRole && (
        <div className="session-role">
          {/* label and select side by side, not nested: a nested select's value would join its accessible name */}
          <label htmlFor={roleId}>Role</label>
          <select
            id={roleId}
            value={identity?.role ?? 'agent'}
            onChange={(event) => void session.switchRole?.(event.target.value as Role)}
          >
            {config.auth.roles.map(({ role, label, sees }) => (
              <option key={role} value={role} title={sees}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {config.auth.mode === 'oidc' && <OidcControls />}
    </div>
  );
}

/**
 * "Hannah Neumann · agent · logistics_desk". A dev agent's name comes from the list of agents (every dev agent token
 * says "Dev Agent"), and is its id until the list is there.
 */
function Who({ identity, teams }: { identity: Identity | undefined; teams?: Teams | 'loading' | undefined }) {
  const listed =
    teams === 'loading'
      ? undefined
      : teams?.flatMap((team) => team.agents).find((agent) => agent.id === identity?.userId);
  const name = listed?.name ?? (teams === undefined ? identity?.name : undefined) ?? identity?.userId;
  const who = identity ? [name, identity.role, identity.team].filter(Boolean).join(' · ') : 'Not signed in';
  return (
    <span className="session-who" data-testid="session-who">
      {who}
    </span>
  );
}

/** Dev agents: sign in as any agent of any team, from Query.teams (read with the token held now). */
function DevAgentControls({ identity }: { identity: Identity }) {
  const session = useSession();
  const [{ data, fetching, error }] = useQuery({ query: ConsoleDevAgentsDocument, requestPolicy: 'cache-first' });
  const agentId = useId();
  const teams = data?.teams;
  return (
    <>
      <Who identity={identity} teams={teams ?? 'loading'} />
      {teams ? (
        <div className="session-agent">
          <label htmlFor={agentId}>Agent</label>
          <select
            id={agentId}
            value={identity.userId}
            onChange={(event) => void session.switchRole?.('agent', event.target.value)}
          >
            {teams
              .filter((team) => team.agents.length > 0)
              .map((team) => (
                <optgroup key={team.code} label={team.name}>
                  {team.agents.map((agent) => (
                    <option key={agent.id} value={agent.id}>
                      {agent.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            {!teams.some((team) => team.agents.some((agent) => agent.id === identity.userId)) && (
              <option value={identity.userId}>{identity.name ?? identity.userId}</option>
            )}
          </select>
        </div>
      ) : fetching ? (
        <span className="loading session-agent">Loading agents…</span>
      ) : error ? (
        <span role="alert" className="session-error">
          The agents could not be loaded: {error.message}
        </span>
      ) : null}
    </>
  );
}

function OidcControls() {
  const session = useSession();
  // signIn and signOut appear once the session knows whether someone is signed in (oidcSession.ts)
  if (session.identity && session.signOut)
    return (
      <button type="button" className="secondary" onClick={() => void session.signOut?.()}>
        Sign out
      </button>
    );
  if (!session.identity && session.signIn)
    return (
      <button type="button" onClick={() => void session.signIn?.()}>
        Sign in
      </button>
    );
  // still checking: the page says so (SignInRequired)
  return null;
}
