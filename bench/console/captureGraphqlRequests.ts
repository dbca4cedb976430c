import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';

/** One GraphQL request the console sent (not the SSE stream), as the HTTP baseline replays it. */
export interface CapturedRequest {
  /** The operation's name (from the body, else the persisted-documents manifest), e.g. consoleCustomer. */
  operation: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  /** On the bench's clock, ms after capturing started. */
  startMs: number;
  endMs: number | null;
  status: number | null;
  /** The parsed JSON answer, read after the measurement, to check what the page showed. */
  response?: unknown;
}

export interface GraphqlCapture {
  /** Forgets what was captured and records from now on. */
  start(): void;
  /** Stops recording; waits (up to `waitMs`) for the requests still open, then reads their answers. */
  stop(waitMs?: number): Promise<CapturedRequest[]>;
}

const MANIFEST = join(__dirname, '..', '..', 'operations', '__generated__', 'persisted-documents.json');

/** documentId → operation name, from the manifest the console's documents come from. */
function operationNames(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const names = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1];
    if (name) names.set(id, name);
  }
  return names;
}

function operationOf(body: string | null, names: Map<string, string>): string {
  try {
    const parsed = JSON.parse(body ?? 'null') as { operationName?: unknown; documentId?: unknown } | null;
    if (typeof parsed?.operationName === 'string') return parsed.operationName;
    if (typeof parsed?.documentId === 'string') return names.get(parsed.documentId) ?? parsed.documentId.slice(0, 20);
  } catch {
    // not JSON: reported as unknown
  }
  return 'unknown';
}

/** Records the page's requests to `graphqlPath` (exactly: the SSE stream below it is left out). */
export function captureGraphqlRequests(page: Page, graphqlPath: string): GraphqlCapture {
  const names = operationNames();
  let capturing = false;
  let origin = 0;
  let entries: { request: Request; captured: CapturedRequest; done: Promise<void> }[] = [];
  const finishers = new Map<Request, () => void>();
  const now = () => performance.now() - origin;

  page.on('request', (request) => {
    if (!capturing || new URL(request.url()).pathname !== graphqlPath) return;
    const body = request.postData();
    const captured: CapturedRequest = {
      operation: operationOf(body, names),
      method: request.method(),
      url: request.url(),
      headers: request.headers(),
      body,
      startMs: now(),
      endMs: null,
      status: null,
    };
    const done = new Promise<void>((resolve) => finishers.set(request, resolve));
    entries.push({ request, captured, done });
  });
  const finished = (request: Request) => {
    const entry = entries.find((candidate) => candidate.request === request);
    if (entry) entry.captured.endMs = now();
    finishers.get(request)?.();
    finishers.delete(request);
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);

  return {
    start() {
      entries = [];
      origin = performance.now();
      capturing = true;
    },
    async stop(waitMs = 10_000) {
      capturing = false;
      const taken = entries;
      entries = [];
      await Promise.race([
        Promise.all(taken.map(({ done }) => done)),
        new Promise((resolve) => setTimeout(resolve, waitMs).unref()),
      ]);
      for (const { request, captured } of taken) {
        const response = await request.response().catch(() => null);
        captured.status = response?.status() ?? null;
        captured.response = await response?.json().catch(() => undefined);
      }
      return taken.map(({ captured }) => captured);
    },
  };
}

/**
 * The requests in the order the page sent them, in groups that were in flight together (one group waits for the
 * one before it, as the page's own requests did): the HTTP baseline sends each group at once, one after another.
 */
export function concurrentGroups(requests: readonly CapturedRequest[]): CapturedRequest[][] {
  const groups: CapturedRequest[][] = [];
  let groupEnd = -Infinity;
  for (const request of [...requests].sort((a, b) => a.startMs - b.startMs)) {
    const current = groups.at(-1);
    const end = request.endMs ?? Infinity;
    if (current && request.startMs < groupEnd) {
      current.push(request);
      groupEnd = Math.max(groupEnd, end);
    } else {
      groups.push([request]);
      groupEnd = end;
    }
  }
  return groups;
}
