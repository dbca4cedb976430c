import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { buildSchema, GraphQLError, parse } from 'graphql';
import type { ExecutionArgs, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { ExecutionResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Caller } from '../../../platform/caller';
import { AuthError, bearerToken } from '../../auth';
import type { AuthOptions, TokenVerification } from '../../auth';
import { admitRequest, TRUSTED_DOCUMENTS_OFF } from '../../trustedDocuments';
import type { TrustedDocumentsOptions } from '../../trustedDocuments';
import type { LiveService } from '../liveService';
import { closeReason } from './closeReason';
import { LiveResults } from './liveResults';

export const LIVE_WS_PATH = '/graphql/ws';

export interface WebSocketTransportOptions {
  live: LiveService;
  auth: Pick<AuthOptions, 'mode'>;
  verify: TokenVerification;
  /** LIVE_HEARTBEAT_MS: a ping this often; a socket whose pong has not come by the next one is terminated. */
  heartbeatMs: number;
  /** The largest message a client may send (GRAPHQL_MAX_BODY_BYTES, like an HTTP body). */
  maxPayloadBytes: number;
  /**
   * The trusted-documents policy, applied to each subscribe as /graphql and /graphql/stream apply it to a request:
   * graphql-ws requires a `query` string, so a client names a manifest document with `extensions.documentId` and
   * an empty `query`. Off when left out.
   */
  trustedDocuments?: TrustedDocumentsOptions | undefined;
}

export interface WebSocketTransport {
  /** Serves LIVE_WS_PATH on `server`'s upgrade requests (any other path's upgrade is answered 404). */
  attach(server: Server): void;
  /**
   * One upgrade request, as attach's listener takes it: for a caller that owns the server's 'upgrade' event and
   * hands each request to whichever transport is current (gateway/reload).
   */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Ends every socket, after the LiveService's closing messages went out (at most heartbeatMs), and stops accepting. */
  close(): Promise<void>;
}

/** Close code for "try again later" (RFC 6455 registry): the identity provider's keys are unreachable. */
const TRY_AGAIN_LATER = 1013;
const GOING_AWAY = 1001;
/** setTimeout's longest delay; a later expiry re-arms. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * graphql-ws runs what `onSubscribe` returns through its `subscribe` option. The LiveService has parsed, validated
 * and authorized the operation already and returned its stream: this document only tells graphql-ws that it is a
 * subscription, and `subscribe` hands the stream back (it travels in `contextValue`). Nothing executes against the
 * schema.
 */
const PLACEHOLDER_SCHEMA = buildSchema('type Query { live: Boolean } type Subscription { live: Boolean }');
const PLACEHOLDER_DOCUMENT = parse('subscription { live }');
class OpenedStream {
  constructor(readonly results: LiveResults) {}
}

/** One socket, once its token was verified. */
interface Connection {
  caller: Caller | undefined;
  expiresAt: number | undefined;
  expired: boolean;
  timer: NodeJS.Timeout | undefined;
  /** Its open subscriptions, by the client's id. */
  open: Map<string, LiveResults>;
  /** The last event ids of subscriptions that ended once the token had expired, for the close reason. */
  endedAtExpiry: string[];
  /** Called when `open` empties. */
  idle: Set<() => void>;
}

/**
 * Live subscriptions over WebSocket (the graphql-transport-ws protocol of graphql-ws, on `ws`), on the gateway's
 * own port. Browsers cannot set headers on a WebSocket, so the token comes in ConnectionInit's payload,
 * `{ "authorization": "Bearer <JWT>" }`. A socket is closed with
 * - 4401 and the reason when the token is missing or does not verify (1013 when the identity provider's keys are
 *   unreachable, which a client should retry), 4403 when it does not grant graph:read;
 * - 4401 "Token expired at …; reconnect with a fresh token and lastEventId …" when the token expires, after each
 *   subscription received the LiveService's closing message;
 * - 1001 when the gateway stops, after the same.
 * `extensions.lastEventId` in a subscribe payload resumes after that event. Every LIVE_HEARTBEAT_MS the server
 * pings; a socket that has not answered by the next ping is terminated (graphql-ws's keep-alive on `ws` frames).
 */
export function createWebSocketTransport(options: WebSocketTransportOptions): WebSocketTransport {
  const { live, heartbeatMs } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  const connections = new WeakMap<WebSocket, Connection>();
  /** Refusals' errors as the LiveService formatted them, for graphql-ws's error message. */
  const formatted = new WeakMap<GraphQLError, GraphQLFormattedError>();
  let closing = false;

  const refuse = (socket: WebSocket, code: number, message: string): false => {
    socket.close(code, closeReason(message));
    // graphql-ws then closes with 4403 "Forbidden" itself, which the socket ignores: it is closing already
    return false;
  };

  const whenIdle = (connection: Connection, timeoutMs: number): Promise<void> =>
    new Promise((resolve) => {
      if (connection.open.size === 0) return resolve();
      const done = () => {
        clearTimeout(timer);
        connection.idle.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      connection.idle.add(done);
    });

  const expire = async (socket: WebSocket, connection: Connection, expiresAt: number) => {
    connection.expired = true;
    const open = [...connection.open.values()];
    // the LiveService ends each subscription at the same instant with a closing message naming the id to resume
    // after; those go out first
    await whenIdle(connection, heartbeatMs);
    // a subscription is in both when it ended while we waited
    const ids = [
      ...new Set([
        ...connection.endedAtExpiry,
        ...open.flatMap((results) => (results.lastEventId === undefined ? [] : [results.lastEventId])),
      ]),
    ];
    const at = new Date(expiresAt).toISOString();
    const resume =
      ids.length === 1
        ? `and lastEventId ${ids[0]}`
        : ids.length > 1
          ? "and each subscription's lastEventId"
          : '(no event was delivered yet)';
    socket.close(CloseCode.Unauthorized, closeReason(`Token expired at ${at}; reconnect with a fresh token ${resume}`));
  };

  const watchExpiry = (socket: WebSocket, connection: Connection, expiresAt: number) => {
    const delay = Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS);
    connection.timer = setTimeout(() => {
      if (Date.now() < expiresAt) watchExpiry(socket, connection, expiresAt);
      else void expire(socket, connection, expiresAt);
    }, delay);
  };

  const toGraphQLErrors = (errors: readonly GraphQLFormattedError[]): GraphQLError[] => {
    const list = errors.length > 0 ? errors : [{ message: 'The subscription was refused.' }];
    return list.map((error) => {
      const instance = new GraphQLError(error.message, { extensions: error.extensions });
      formatted.set(instance, error);
      return instance;
    });
  };

  const server = useServer<Record<string, unknown>>(
    {
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const connection: Connection = {
          caller: undefined,
          expiresAt: undefined,
          expired: false,
          timer: undefined,
          open: new Map(),
          endedAtExpiry: [],
          idle: new Set(),
        };
        if (options.auth.mode !== 'off') {
          const value = ctx.connectionParams?.['authorization'] ?? ctx.connectionParams?.['Authorization'];
          const token = bearerToken(
            typeof value === 'string' ? value : undefined,
            'send `{ "authorization": "Bearer <JWT>" }` as the connection_init payload',
          );
          if (token instanceof AuthError) return refuse(socket, CloseCode.Unauthorized, token.message);
          try {
            const verified = await options.verify(token);
            connection.caller = verified.caller;
            connection.expiresAt = verified.expiresAt;
          } catch (error) {
            const refusal =
              error instanceof AuthError ? error : new AuthError('The gateway cannot check tokens right now.', 503);
            return refuse(socket, refusal.status === 503 ? TRY_AGAIN_LATER : CloseCode.Unauthorized, refusal.message);
          }
          if (!connection.caller.scopes.includes('graph:read')) {
            return refuse(
              socket,
              CloseCode.Forbidden,
              `Forbidden: subscriptions need the scope graph:read, which this ${connection.caller.role} token does not grant.`,
            );
          }
        }
        if (closing) return refuse(socket, GOING_AWAY, 'The gateway is stopping. Reconnect in a moment.');
        connections.set(socket, connection);
        if (connection.expiresAt !== undefined) watchExpiry(socket, connection, connection.expiresAt);
        return true;
      },
      onSubscribe: async (ctx, id, payload) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return toGraphQLErrors([{ message: 'The connection is not initialised.' }]);
        if (connection.expired) {
          return toGraphQLErrors([
            { message: 'Your token has expired; reconnect with a fresh one.', extensions: { code: 'TOKEN_EXPIRED' } },
          ]);
        }
        const lastEventId = payload.extensions?.['lastEventId'];
        if (lastEventId !== undefined && typeof lastEventId !== 'string') {
          return toGraphQLErrors([
            {
              message:
                'extensions.lastEventId must be a string: the eventId of the last emission received, such as "1767225600000-0".',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ]);
        }
        // the same policy as the HTTP paths: a documentId becomes its text, an ad-hoc text may be refused
        const policy = options.trustedDocuments ?? TRUSTED_DOCUMENTS_OFF;
        const documentId = payload.extensions?.['documentId'];
        const request: Record<string, unknown> = {
          query: payload.query === '' && documentId !== undefined ? undefined : payload.query,
          ...(documentId !== undefined && { documentId }),
        };
        const refusal = admitRequest(request, policy, {
          restricted:
            policy.mode === 'enforce' &&
            (connection.caller === undefined || policy.roles.includes(connection.caller.role)),
          role: connection.caller?.role,
        });
        if (refusal) return toGraphQLErrors([{ message: refusal.message, extensions: { code: refusal.code } }]);
        const opened = await live.open({
          query: typeof request['query'] === 'string' ? request['query'] : '',
          variables: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          caller: connection.caller,
          tokenExpiresAt: connection.expiresAt,
          lastEventId,
          requestId: randomUUID(),
        });
        if ('errors' in opened) return toGraphQLErrors(opened.errors);
        const results = new LiveResults(opened, { paced: false });
        connection.open.set(id, results);
        const args: ExecutionArgs = {
          schema: PLACEHOLDER_SCHEMA,
          document: PLACEHOLDER_DOCUMENT,
          contextValue: new OpenedStream(results),
        };
        return args;
      },
      subscribe: (args) => {
        if (!(args.contextValue instanceof OpenedStream)) throw new Error('A subscription without a live stream.');
        // graphql-ws awaits each message's send before it asks for the next: a client that does not read stops
        // the pulling, and the LiveService's bounded buffer decides when to drop it
        return args.contextValue.results as unknown as AsyncGenerator<ExecutionResult>;
      },
      // the results are formatted already (plain errors); graphql-ws would call toJSON() on each error otherwise
      onNext: (_ctx, _id, _payload, _args, result) => result as FormattedExecutionResult,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatted.get(error) ?? error.toJSON()),
      onComplete: (ctx, id) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return;
        const lastEventId = connection.open.get(id)?.lastEventId;
        const expired = connection.expiresAt !== undefined && Date.now() >= connection.expiresAt;
        if (expired && lastEventId !== undefined) connection.endedAtExpiry.push(lastEventId);
        connection.open.delete(id);
        // graphql-ws sends `complete` after this hook returns: closing the socket waits until it has
        if (connection.open.size === 0) setImmediate(() => [...connection.idle].forEach((done) => done()));
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (connection) clearTimeout(connection.timer);
      },
    },
    wss,
    heartbeatMs,
  );

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // a reset during the handshake must not become an unhandled 'error'
    socket.on('error', () => socket.destroy());
    const path = new URL(request.url ?? '/', 'http://gateway').pathname;
    if (path !== LIVE_WS_PATH) {
      socket.end(`HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    if (closing) {
      socket.end(`HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };

  return {
    attach(httpServer) {
      httpServer.on('upgrade', onUpgrade);
    },
    upgrade: onUpgrade,
    async close() {
      closing = true;
      const sockets = [...wss.clients];
      await Promise.all(
        sockets.map(async (socket) => {
          const connection = connections.get(socket);
          if (connection) await whenIdle(connection, heartbeatMs);
          socket.close(GOING_AWAY, 'The gateway is stopping; reconnect (with lastEventId) to resume.');
          // a client that does not answer the close handshake would hold the server's close for 30 s
          await new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              socket.terminate();
              resolve();
            }, heartbeatMs);
            socket.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
          });
        }),
      );
      await server.dispose();
    },
  };
}
