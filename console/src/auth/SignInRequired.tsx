import type { ReactNode } from 'react';
import { useSession } from './session';
import './session.css';

/**
 * With a provider, pages show nothing and ask nothing of the gateway until someone is signed in: a request without a
 * token would only be refused. Other modes pass straight through (dev tokens come at once; AUTH_MODE=off needs none).
 */
export function SignInRequired({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.config.auth.mode !== 'oidc' || session.identity) return <>{children}</>;
  if (!session.signIn)
    return (
      <p className="loading" aria-busy="true">
        Checking your sign-in…
      </p>
    );
  return (
    <section className="panel sign-in-required" aria-labelledby="sign-in-required">
      <h1 id="sign-in-required" tabIndex={-1}>
        Sign in to see customer data
      </h1>
      <p>
        Customers, orders, parcels and tickets are shown to signed-in staff only. Choose <strong>Sign in</strong> at the
        top of the page: you sign in with your organisation&apos;s account and come back to this page.
      </p>
    </section>
  );
}
