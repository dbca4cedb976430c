import { useEffect, useState } from 'react';
import { READY_MESSAGE, tokenOfFragment, tokenOfMessage } from './embedMessages';
import type { ReadyMessage } from './embedMessages';

/** How long the card waits for a token before it says how to give it one. */
export const TOKEN_WAIT_MS = 5_000;

/**
 * The embedding tool's own token: from the URL fragment (`#token=…`, read once and removed from the address so it
 * does not linger in history or a copied link), or from the parent page's `{ type: 'c360:token', token }` message,
 * which the card asks for by posting `{ type: 'c360:ready' }` to its parent. A later message replaces the token (a
 * tool renews it before it expires). Never the console's own sign-in: the card shows what the tool may see.
 */
export function useEmbedToken(): { token: string | undefined; waitedTooLong: boolean } {
  const [token, setToken] = useState<string | undefined>(() => tokenOfFragment(location.hash));
  const [waitedTooLong, setWaitedTooLong] = useState(false);

  useEffect(() => {
    if (tokenOfFragment(location.hash) !== undefined) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    const parent = window.parent;
    const framed = parent !== window;
    const embedder = embedderOrigin();
    const onMessage = (event: MessageEvent) => {
      // only the page that frames us, and from the origin it was loaded from when we can tell: the gateway's
      // frame-ancestors policy (CONSOLE_EMBED_ORIGINS) already limits who that can be
      if (!framed || event.source !== parent) return;
      if (embedder !== undefined && event.origin !== embedder) return;
      const received = tokenOfMessage(event.data);
      if (received !== undefined) setToken(received);
    };
    addEventListener('message', onMessage);
    // "ready" carries nothing secret, so any parent may read it
    if (framed) parent.postMessage({ type: READY_MESSAGE } satisfies ReadyMessage, '*');
    const timer = setTimeout(() => setWaitedTooLong(true), TOKEN_WAIT_MS);
    return () => {
      removeEventListener('message', onMessage);
      clearTimeout(timer);
    };
  }, []);

  return { token, waitedTooLong };
}

/** The framing page's origin: the browser's ancestor list where it keeps one (Chromium, Safari), else the referrer. */
function embedderOrigin(): string | undefined {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const first = ancestors?.[0];
  if (first && first !== 'null') return first;
  try {
    return document.referrer ? new URL(document.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}
