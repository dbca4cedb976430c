import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { SessionProvider } from '../auth/SessionProvider';
import { useSession } from '../auth/session';
import { createConsoleClient } from '../graphql/client';
import { matchPath, useLocation } from './router';
import { Shell } from './Shell';
import { FindPage } from '../find/FindPage';
import { CustomerPage } from '../customer/CustomerPage';
import { QueuePage } from '../queue/QueuePage';
import { EmbedCustomerCard } from '../embed/EmbedCustomerCard';
import { OidcCallback } from '../auth/OidcCallback';
import { NotFound } from './NotFound';

// the charts are the heaviest part of the console and only the dashboard needs them: a chunk of its own
const KpiPage = lazy(() => import('../kpis/KpiPage').then((module) => ({ default: module.KpiPage })));

export function App() {
  const embed = matchPath('/embed/customer/:id', useLocation().path);
  // the embedded card signs in with the embedding tool's token (embed/), never the console's session or role switcher
  if (embed) return <EmbedCustomerCard customerId={embed['id'] ?? ''} />;
  return (
    <SessionProvider>
      <ClientProvider>
        <Routes />
      </ClientProvider>
    </SessionProvider>
  );
}

function ClientProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  // one client per signed-in identity: another role must not be served the previous one's cached (unmasked) data
  const client = useMemo(
    () => createConsoleClient(session),
    [session.identity?.userId, session.identity?.role, session.config],
  );
  // the role switcher's first token is on its way: wait for it, or every page would query twice (once without
  // an identity, then again with the client built for it)
  if (session.config.auth.mode === 'dev' && !session.identity && !session.error) {
    return (
      <p className="loading" aria-busy="true">
        Signing in…
      </p>
    );
  }
  return <Provider value={client}>{children}</Provider>;
}

function Routes() {
  const { path } = useLocation();
  useEffect(() => {
    // a new page: screen readers and keyboards start at its heading
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);
  if (path === '/callback') return <OidcCallback />;
  const customer = matchPath('/customer/:id', path);
  const queue = matchPath('/queue/:team', path);
  return (
    <Shell>
      {path === '/' ? (
        <FindPage />
      ) : customer ? (
        <CustomerPage key={customer['id']} customerId={customer['id'] ?? ''} />
      ) : path === '/queue' || queue ? (
        <QueuePage team={queue?.['team']} />
      ) : path === '/kpis' ? (
        <Suspense fallback={<p aria-busy="true">Loading the dashboard…</p>}>
          <KpiPage />
        </Suspense>
      ) : (
        <NotFound />
      )}
    </Shell>
  );
}
