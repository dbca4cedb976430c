import { useEffect, useState } from 'react';
import { ErrorResponse } from 'oidc-client-ts';
import { Link, navigate } from '../app/router';
import { useSession } from './session';
import { completeSignIn } from './oidcSession';

/**
 * Where the provider sends the browser back after sign-in (/console/callback): trades the code for tokens, then
 * goes back to the page the person was on when they chose Sign in (kept in the sign-in request's state).
 */
export function OidcCallback() {
  const { config } = useSession();
  const [failure, setFailure] = useState<string | undefined>();
  useEffect(() => {
    if (config.auth.mode !== 'oidc') {
      navigate('/', { replace: true });
      return;
    }
    completeSignIn(config.auth).then(
      (returnTo) => navigate(returnTo, { replace: true }),
      (error: unknown) => setFailure(explain(error)),
    );
  }, [config]);
  return (
    <main id="main">
      {failure ? (
        <>
          <h1 tabIndex={-1}>The sign-in did not finish</h1>
          <p role="alert" className="notice notice-error">
            {failure}
          </p>
          <p>
            <Link to="/">Back to the console</Link> and choose Sign in to try again.
          </p>
        </>
      ) : (
        <h1 tabIndex={-1} aria-busy="true" className="loading">
          Signing you in…
        </h1>
      )}
    </main>
  );
}

/** oidc-client-ts's error, in words for the person at the screen. */
function explain(error: unknown): string {
  if (error instanceof ErrorResponse)
    return `The sign-in service refused: ${error.error_description ?? error.error ?? error.message}.`;
  const message = error instanceof Error ? error.message : String(error);
  if (/no matching state/i.test(message))
    return 'No sign-in is waiting to finish in this tab: it finished already, or began in another tab.';
  return `The sign-in could not finish: ${message}.`;
}
