import { useSession } from './session';
import type { Role } from './identity';

/** Who is signed in, and (outside production) the role switcher, or (with a provider) sign in / out. */
export function SessionControls() {
  const session = useSession();
  const { identity, config } = session;
  const who = identity
    ? `${identity.name ?? identity.userId} · ${identity.role}${identity.team ? ` · ${identity.team}` : ''}`
    : 'Not signed in';
  return (
    <div className="session">
      <span className="session-who" data-testid="session-who">
        {who}
      </span>
      {config.auth.mode === 'dev' && session.switchRole && (
        <label className="session-role">
          <span>Role</span>
          <select
            value={identity?.role ?? 'agent'}
            onChange={(event) => void session.switchRole?.(event.target.value as Role)}
          >
            {config.auth.roles.map(({ role, label, sees }) => (
              <option key={role} value={role} title={sees}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
      {config.auth.mode === 'oidc' &&
        (identity ? (
          <button type="button" onClick={() => void session.signOut?.()}>
            Sign out
          </button>
        ) : (
          <button type="button" onClick={() => void session.signIn?.()}>
            Sign in
          </button>
        ))}
    </div>
  );
}
