import { concurrentGroups } from './captureGraphqlRequests';
import type { CapturedRequest } from './captureGraphqlRequests';

/** One customer's requests over plain HTTP, as the page sent them for another customer. */
export interface ApiRun {
  customerId: string;
  /** The first request sent until the last answer read. */
  ms: number;
  operations: { operation: string; ms: number; status: number; error?: string }[];
}

/** What a browser adds by itself, or fetch sets on its own. */
const NOT_FORWARDED = new Set([
  'host',
  'connection',
  'content-length',
  'accept-encoding',
  'user-agent',
  'referer',
  'origin',
  'cookie',
]);

/** Every string in `value` equal to `from` becomes `to` (the variables of one customer's requests, for another). */
export function swapped(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((item) => swapped(item, from, to));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, swapped(item, from, to)]));
  return value;
}

function forCustomer(request: CapturedRequest, from: string, to: string): { url: string; init: RequestInit } {
  const url = new URL(request.url);
  for (const [key, value] of url.searchParams) {
    if (value === from) url.searchParams.set(key, to);
    else if (key === 'variables') url.searchParams.set(key, JSON.stringify(swapped(JSON.parse(value), from, to)));
  }
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => !name.startsWith('sec-') && !NOT_FORWARDED.has(name)),
  );
  const body = request.body === null ? undefined : JSON.stringify(swapped(JSON.parse(request.body), from, to));
  return { url: url.toString(), init: { method: request.method, headers, ...(body === undefined ? {} : { body }) } };
}

async function send(request: CapturedRequest, from: string, to: string): Promise<ApiRun['operations'][number]> {
  const { url, init } = forCustomer(request, from, to);
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const ms = performance.now() - started;
  let error: string | undefined;
  try {
    const errors = (JSON.parse(text) as { errors?: { message?: string }[] }).errors;
    if (errors?.length) error = errors.map(({ message }) => message).join('; ');
  } catch {
    error = `not JSON: ${text.slice(0, 200)}`;
  }
  if (!response.ok) error ??= `HTTP ${response.status}`;
  return { operation: request.operation, ms, status: response.status, ...(error ? { error } : {}) };
}

/**
 * `template`'s requests (what the page sent for `template.customerId`) for `customerId`, over plain HTTP from this
 * process: the same documents, variables and token, each group of requests the page had in flight together sent at
 * once, the groups one after another. The API's share of the customer page, without the browser.
 */
export async function replayOverHttp(
  template: { customerId: string; requests: readonly CapturedRequest[] },
  customerId: string,
): Promise<ApiRun> {
  const started = performance.now();
  const operations: ApiRun['operations'] = [];
  for (const group of concurrentGroups(template.requests)) {
    operations.push(...(await Promise.all(group.map((request) => send(request, template.customerId, customerId)))));
  }
  return { customerId, ms: performance.now() - started, operations };
}
