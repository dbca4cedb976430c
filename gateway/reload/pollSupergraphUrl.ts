export interface SupergraphPollOptions {
  url: string;
  intervalMs: number;
  /** A larger answer is refused unread: a supergraph is kilobytes to a few megabytes. */
  maxBytes?: number;
  /** The new supergraph's text (a 200 whose body differs from the last one). */
  onChange(sdl: string): void;
  /** The URL could not be read: a network error, a timeout, a status other than 200 and 304, a body too large. */
  onError(error: Error): void;
  /** Replaceable in tests; the global fetch by default. */
  fetch?: typeof fetch;
}

export interface Polling {
  /** One poll now (the first runs at once, then every intervalMs); resolves when it is done. */
  poll(): Promise<void>;
  close(): void;
}

export const DEFAULT_MAX_SUPERGRAPH_BYTES = 16 * 1024 * 1024;

/**
 * Asks `url` for the supergraph every `intervalMs`, with the last answer's ETag in If-None-Match: a registry or
 * a static file server then answers 304 and sends nothing while the supergraph is unchanged. Polls never overlap;
 * each may take at most the interval (and 10 s).
 */
export function pollSupergraphUrl(options: SupergraphPollOptions): Polling {
  const fetchUrl = options.fetch ?? fetch;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SUPERGRAPH_BYTES;
  let etag: string | undefined;
  let last: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const once = async () => {
    let response: Response;
    try {
      response = await fetchUrl(options.url, {
        headers: { accept: 'text/plain, application/graphql, */*', ...(etag ? { 'if-none-match': etag } : {}) },
        signal: AbortSignal.timeout(Math.min(options.intervalMs, 10_000)),
      });
    } catch (error) {
      // fetch says only "fetch failed"; the cause says why (ECONNREFUSED, ENOTFOUND, a timeout)
      const { message, cause } = error as { message?: string; cause?: { code?: string; message?: string } };
      throw new Error(`${options.url} is unreachable: ${cause?.code ?? cause?.message ?? message ?? String(error)}`, {
        cause: error,
      });
    }
    if (response.status === 304) return;
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new Error(`${options.url} answered ${response.status}; expected 200 with a supergraph, or 304`);
    }
    const sdl = await boundedText(response, maxBytes, options.url);
    etag = response.headers.get('etag') ?? undefined;
    if (sdl === last) return;
    last = sdl;
    options.onChange(sdl);
  };

  const poll = () =>
    (running ??= once()
      .catch((error: unknown) => {
        if (!closed) options.onError(error as Error);
      })
      .finally(() => {
        running = undefined;
      }));

  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => void poll().then(schedule), options.intervalMs);
    // a poll timer alone must not keep a stopping process alive
    timer.unref();
  };
  void poll().then(schedule);

  return {
    poll,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** The body as text, refused once it passes `maxBytes` (a Content-Length that says so is refused unread). */
async function boundedText(response: Response, maxBytes: number, url: string): Promise<string> {
  const tooLarge = () =>
    new Error(`${url} sent a supergraph over ${maxBytes} bytes; a larger one is not loaded (is the URL right?)`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
