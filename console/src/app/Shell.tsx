import type { ReactNode } from 'react';
import { useSession } from '../auth/session';
import { SessionControls } from '../auth/SessionControls';
import { SignInRequired } from '../auth/SignInRequired';
import { Link, useLocation } from './router';

/** Every page but the embedded card: the header (navigation, who is signed in) and the page's main region. */
export function Shell({ children }: { children: ReactNode }) {
  const session = useSession();
  const { path } = useLocation();
  const current = (prefix: string) =>
    (prefix === '/' ? path === '/' || path.startsWith('/customer/') : path.startsWith(prefix)) ? 'page' : undefined;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the page
      </a>
      <header className="shell-header">
        <Link to="/" className="brand">
          Customer 360
        </Link>
        <nav aria-label="Console">
          <ul>
            <li>
              <Link to="/" aria-current={current('/')}>
                Find
              </Link>
            </li>
            {session.can.seeQueue && (
              <li>
                <Link to="/queue" aria-current={current('/queue')}>
                  Team queue
                </Link>
              </li>
            )}
            {session.can.seeKpis && (
              <li>
                <Link to="/kpis" aria-current={current('/kpis')}>
                  KPIs
                </Link>
              </li>
            )}
          </ul>
        </nav>
        <SessionControls />
      </header>
      {session.error && (
        <p role="alert" className="notice notice-error">
          {session.error}
        </p>
      )}
      <main id="main">
        <SignInRequired>{children}</SignInRequired>
      </main>
    </>
  );
}
