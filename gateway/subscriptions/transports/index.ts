// How live subscriptions reach clients: Server-Sent Events (graphql-sse) and WebSocket (graphql-ws), both on the
// gateway's own port, both in front of the LiveService.
export { closeReason } from './closeReason';
export { LiveResults } from './liveResults';
export { LIVE_STREAM_PATH, liveStreamHandler } from './liveStreamHandler';
export type { LiveStreamHandlerOptions } from './liveStreamHandler';
export { createWebSocketTransport, LIVE_WS_PATH } from './webSocketTransport';
export type { WebSocketTransport, WebSocketTransportOptions } from './webSocketTransport';
