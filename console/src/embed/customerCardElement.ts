import { isReadyMessage, TOKEN_MESSAGE } from './embedMessages';
import type { TokenMessage } from './embedMessages';

/**
 * `<c360-customer-card customer-id="cus_1" token="…" gateway="https://gw.example.com" width="380" height="460">`:
 * the customer card for other tools' pages (built to /console/customer-card.js, one classic script, no module
 * loader needed). It frames `<gateway>/console/embed/customer/<id>` and hands the frame the tool's token by
 * postMessage once the frame says it is ready — never in the frame's URL, where logs and history would keep it.
 * The gateway must list the tool's origin in CONSOLE_EMBED_ORIGINS, or the browser refuses to show the frame.
 */

// read while the script runs: document.currentScript is null by the time an element is created
const SCRIPT_ORIGIN = scriptOrigin();
const DEFAULT_WIDTH = '380';
const DEFAULT_HEIGHT = '460';

class CustomerCardElement extends HTMLElement {
  static readonly observedAttributes = ['customer-id', 'token', 'gateway', 'width', 'height'];

  #token: string | undefined;
  #frame: HTMLIFrameElement | undefined;
  /** The origin the frame was loaded from: the only one its messages are read from and the token is sent to. */
  #frameOrigin: string | undefined;
  #ready = false;
  #connected = false;

  /** The bearer token the card reads with (a service token with graph:read will do); the `token` attribute sets it too. */
  get token(): string | undefined {
    return this.#token;
  }

  set token(value: string | undefined) {
    this.#token = value || undefined;
    this.#sendToken();
  }

  connectedCallback(): void {
    // a page may set `token` before this script defined the element: the value sits on the instance, shadowing ours
    if (Object.prototype.hasOwnProperty.call(this, 'token')) {
      const early = (this as { token?: string }).token;
      delete (this as { token?: string }).token;
      this.token = early;
    }
    this.#token ??= this.getAttribute('token') || undefined;
    this.#connected = true;
    addEventListener('message', this.#onMessage);
    // moved or re-attached: the browser reloads the frame, which says it is ready again
    this.#ready = false;
    this.#render();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    removeEventListener('message', this.#onMessage);
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    // before connectedCallback (the first attributes) there is nothing to update: it renders them all
    if (previous === value || !this.#connected) return;
    if (name === 'token') this.token = value ?? undefined;
    else if (name === 'width' || name === 'height') this.#size();
    else this.#render();
  }

  /** Points the frame at the card for `customer-id` on `gateway`; a new page must say it is ready again. */
  #render(): void {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.#frame) {
      adoptStyles(shadow);
      this.#frame = document.createElement('iframe');
      shadow.append(this.#frame);
    }
    const customerId = this.getAttribute('customer-id') ?? '';
    const base = gatewayBase(this.getAttribute('gateway'));
    this.#frame.title = `Customer card ${customerId}`;
    this.#size();
    const src = customerId && base ? `${base}/console/embed/customer/${encodeURIComponent(customerId)}` : undefined;
    if (src === undefined) {
      this.#ready = false;
      this.#frameOrigin = undefined;
      this.#frame.removeAttribute('src');
    } else if (this.#frame.getAttribute('src') !== src) {
      // another customer or gateway: a new page, which must say it is ready before it gets the token
      this.#ready = false;
      this.#frameOrigin = new URL(src).origin;
      this.#frame.src = src;
    }
  }

  #size(): void {
    if (!this.#frame) return;
    this.#frame.style.width = cssLength(this.getAttribute('width') ?? DEFAULT_WIDTH);
    this.#frame.style.height = cssLength(this.getAttribute('height') ?? DEFAULT_HEIGHT);
  }

  #onMessage = (event: MessageEvent): void => {
    if (!this.#frame || event.source !== this.#frame.contentWindow || event.origin !== this.#frameOrigin) return;
    if (!isReadyMessage(event.data)) return;
    this.#ready = true;
    this.#sendToken();
  };

  #sendToken(): void {
    const target = this.#frame?.contentWindow;
    if (!this.#ready || !this.#token || !target || !this.#frameOrigin) return;
    // addressed to the gateway's origin: had the frame navigated elsewhere, the browser would not deliver it
    target.postMessage({ type: TOKEN_MESSAGE, token: this.#token } satisfies TokenMessage, this.#frameOrigin);
  }
}

/** `gateway` without a trailing slash, or the script's own origin; undefined for a value that is not a URL. */
function gatewayBase(attribute: string | null): string | undefined {
  const value = attribute?.trim() || SCRIPT_ORIGIN;
  try {
    const url = new URL(value, location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    let path = url.pathname;
    while (path.endsWith('/')) path = path.slice(0, -1);
    return `${url.origin}${path}`;
  } catch {
    return undefined;
  }
}

/** `380` → `380px`; any other CSS length (`100%`, `24rem`) as given. */
function cssLength(value: string): string {
  return /^\d+$/.test(value.trim()) ? `${value.trim()}px` : value;
}

const STYLES = ':host{display:inline-block}iframe{border:1px solid #d4d9e0;border-radius:6px;display:block}';

/** A constructed sheet where the browser has them: a host page's CSP may refuse inline <style>, not these. */
function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = STYLES;
    shadow.append(style);
  }
}

function scriptOrigin(): string {
  const src = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';
  try {
    return src ? new URL(src).origin : location.origin;
  } catch {
    return location.origin;
  }
}

if (!customElements.get('c360-customer-card')) customElements.define('c360-customer-card', CustomerCardElement);
