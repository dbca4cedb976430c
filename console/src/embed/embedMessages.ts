/**
 * The messages between the embedded card (/console/embed/customer/:id, in a frame) and the page that embeds it
 * (usually through <c360-customer-card>, customerCardElement.ts): the card says it is ready, the page hands it a token.
 */
export const READY_MESSAGE = 'c360:ready';
export const TOKEN_MESSAGE = 'c360:token';

export interface ReadyMessage {
  type: typeof READY_MESSAGE;
}

export interface TokenMessage {
  type: typeof TOKEN_MESSAGE;
  token: string;
}

// a JWT is three base64url parts; real ones are well under 8 KB, and nothing longer is worth parsing
const MAX_TOKEN_LENGTH = 8192;
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/** The token in a `{ type: 'c360:token', token }` message, or undefined for anything else a page may post. */
export function tokenOfMessage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, token } = data as Record<string, unknown>;
  if (type !== TOKEN_MESSAGE || typeof token !== 'string') return undefined;
  return isTokenShaped(token) ? token : undefined;
}

/** The token in a `#token=…` fragment (what a link to the card can carry), or undefined. */
export function tokenOfFragment(hash: string): string | undefined {
  if (hash.length > MAX_TOKEN_LENGTH + 16) return undefined;
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token !== null && isTokenShaped(token) ? token : undefined;
}

export function isReadyMessage(data: unknown): data is ReadyMessage {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)['type'] === READY_MESSAGE;
}

function isTokenShaped(token: string): boolean {
  return token.length <= MAX_TOKEN_LENGTH && JWT_SHAPE.test(token);
}
