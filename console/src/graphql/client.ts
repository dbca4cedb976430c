import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';
import type { RequestParams } from 'graphql-sse';
import type { Session } from '../auth/session';
import { streamConnectionListeners } from '../live/streamConnection';
import { trustedDocumentExchange } from './trustedDocumentExchange';

/**
 * The console's GraphQL client: urql (small, and its exchanges let us send manifest ids and stream subscriptions
 * without a second client). Queries and mutations go to /graphql, subscriptions to /graphql/stream (Server-Sent
 * Events, graphql-sse), all with the session's bearer token and by trusted-document id.
 */
export function createConsoleClient(session: Pick<Session, 'token' | 'config'>): Client {
  const authorization = async (): Promise<Record<string, string>> => {
    const token = await session.token();
    return token ? { authorization: `Bearer ${token}` } : {};
  };
  const sse = createSseClient({
    url: session.config.streamPath,
    headers: authorization,
    // a dropped stream is opened again (the gateway resumes or says resync); give up only after a long outage
    retryAttempts: 20,
    // pages say "Reconnecting…" while it retries, and re-read what they may have missed once it is back
    on: streamConnectionListeners,
  });
  return new Client({
    url: session.config.graphqlPath,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    exchanges: [
      trustedDocumentExchange,
      cacheExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            // the body urql built: `documentId` (no text), variables, extensions
            unsubscribe: sse.subscribe(request as unknown as RequestParams, sink),
          }),
        }),
      }),
      fetchExchange,
    ],
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      for (const [name, value] of Object.entries(await authorization())) headers.set(name, value);
      return fetch(input, { ...init, headers });
    },
  });
}
