/** What a bounded load sent and what failed (a non-200, GraphQL errors, or no answer), with the first failures. */
export interface LoadResult {
  sent: number;
  failed: number;
  failures: string[];
}

export interface Load {
  /** Answers so far. */
  sent(): number;
  /** Stops sending, waits for the requests in flight, and tells what happened. */
  stop(): Promise<LoadResult>;
}

/**
 * Sends `request()` from `concurrency` loops, one request after another in each, until stop() or a bound: at most
 * `maxRequests` requests and `maxMs` milliseconds (loopback only: the URLs are the topology's 127.0.0.1 ports).
 * A request fails if it gets no answer, a status other than 200, or a body with `errors`.
 */
export function startLoad(options: {
  url: string;
  request: () => { query: string; variables?: Record<string, unknown> };
  headers: Record<string, string>;
  concurrency: number;
  maxRequests: number;
  maxMs: number;
}): Load {
  let stopped = false;
  let sent = 0;
  let failed = 0;
  const failures: string[] = [];
  const until = Date.now() + options.maxMs;
  const fail = (reason: string) => {
    failed++;
    if (failures.length < 10) failures.push(reason);
  };
  const loop = async () => {
    while (!stopped && sent < options.maxRequests && Date.now() < until) {
      sent++;
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...options.headers },
          body: JSON.stringify(options.request()),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await response.text();
        if (response.status !== 200) fail(`HTTP ${response.status}: ${text.slice(0, 300)}`);
        else if ((JSON.parse(text) as { errors?: unknown }).errors) fail(`errors: ${text.slice(0, 300)}`);
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        fail(`no answer: ${(error as Error).message}${cause ? ` (${cause})` : ''}`);
      }
    }
  };
  const loops = Array.from({ length: options.concurrency }, () => loop());
  return {
    sent: () => sent,
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return { sent, failed, failures };
    },
  };
}
