import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { fetchConsoleConfig } from '../auth/consoleConfig';
import type { ConsoleClientConfig } from '../auth/consoleConfig';
import { identityOfToken, permissionsOf } from '../auth/identity';
import { SessionContext } from '../auth/session';
import type { Session } from '../auth/session';
import { createConsoleClient } from '../graphql/client';
import { CustomerCard } from './CustomerCard';
import { TOKEN_MESSAGE } from './embedMessages';
import { useEmbedToken } from './useEmbedToken';
import './customerCard.css';

/**
 * /console/embed/customer/:id: the compact customer card other tools frame (no shell), signed in with the token the
 * embedding tool hands over — a service token (graph:read) or any role's. What that token may see is what the card
 * shows: the gateway masks e-mail and phone for tokens without pii:read.
 */
export function EmbedCustomerCard({ customerId }: { customerId: string }) {
  const { token, waitedTooLong } = useEmbedToken();
  const [config, setConfig] = useState<ConsoleClientConfig | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  useEffect(() => {
    fetchConsoleConfig().then(setConfig, (error: unknown) =>
      setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, []);

  const identity = useMemo(() => (token ? identityOfToken(token) : undefined), [token]);
  const session = useMemo<Session | undefined>(
    () =>
      config && token && identity
        ? { config, identity, can: permissionsOf(identity), token: async () => token }
        : undefined,
    [config, token, identity],
  );
  // a new token may see more or less (pii:read): a new client, so nothing cached under the old one is shown
  const client = useMemo(() => (session ? createConsoleClient(session) : undefined), [session]);

  let body;
  if (failure) body = <Notice kind="error">{failure} Reload the page to try again.</Notice>;
  else if (!token)
    body = waitedTooLong ? (
      <Notice kind="warn">
        This card needs a token from the page that embeds it. Use the &lt;c360-customer-card&gt; element with a token,
        post <code>{`{ type: '${TOKEN_MESSAGE}', token }`}</code> to this frame once it posts <code>c360:ready</code>,
        or open it with <code>#token=…</code> in the address.
      </Notice>
    ) : (
      <Status>Waiting for the embedding page&apos;s token…</Status>
    );
  else if (!identity)
    body = (
      <Notice kind="error">
        The token the embedding page gave is not one the gateway issues (no role the console knows). Give the card a
        token from your identity provider or <code>npm run token</code>.
      </Notice>
    );
  else if (!session || !client) body = <Status>Loading the customer…</Status>;
  else
    body = (
      <SessionContext.Provider value={session}>
        <Provider value={client}>
          <CustomerCard customerId={customerId} />
        </Provider>
      </SessionContext.Provider>
    );
  return <main className="embed-card">{body}</main>;
}

/** Until the customer is shown the card's heading is for screen readers only: the frame has little room. */
function Notice({ kind, children }: { kind: 'error' | 'warn'; children: ReactNode }) {
  return (
    <>
      <h1 className="sr-only">Customer card</h1>
      <div role="alert" className={`notice notice-${kind}`}>
        {children}
      </div>
    </>
  );
}

function Status({ children }: { children: ReactNode }) {
  return (
    <>
      <h1 className="sr-only">Customer card</h1>
      <p className="loading" aria-busy="true">
        {children}
      </p>
    </>
  );
}
