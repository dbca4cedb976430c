import type { FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';

// The one header RemoteGraphQLDataSource reads (parseBody picks json() by it). One shared, read-only instance: a
// WHATWG Headers per subgraph call is garbage the collector has to chase, and nobody writes to a response's headers.
const ENTRIES: readonly [string, string][] = [['content-type', 'application/json']];
const refuse = () => {
  throw new TypeError('invariant: subgraph response headers are read-only');
};
const JSON_HEADERS: FetcherHeaders = {
  get: (name) => (name.toLowerCase() === 'content-type' ? 'application/json' : null),
  has: (name) => name.toLowerCase() === 'content-type',
  append: refuse,
  delete: refuse,
  set: refuse,
  entries: () => ENTRIES[Symbol.iterator](),
  keys: () => ENTRIES.map(([name]) => name)[Symbol.iterator](),
  values: () => ENTRIES.map(([, value]) => value)[Symbol.iterator](),
  [Symbol.iterator]: () => ENTRIES[Symbol.iterator](),
};

/**
 * A subgraph answer the fetcher has already read and parsed, handed to RemoteGraphQLDataSource as a fetch Response.
 * Building a real Response would mean serialising the parsed body again only for Apollo to parse it a second time:
 * two of the largest costs per subgraph call in the profile (bench/PROFILE.md). `json()` returns the parsed body.
 */
export class ParsedResponse implements FetcherResponse {
  readonly url: string;
  readonly redirected = false;
  readonly status = 200;
  readonly ok = true;
  readonly statusText = 'OK';
  readonly headers: FetcherHeaders;
  bodyUsed = false;

  constructor(
    url: string,
    private readonly body: Record<string, unknown>,
    private readonly raw: string,
  ) {
    this.url = url;
    this.headers = JSON_HEADERS;
  }

  json(): Promise<unknown> {
    this.bodyUsed = true;
    return Promise.resolve(this.body);
  }

  text(): Promise<string> {
    this.bodyUsed = true;
    return Promise.resolve(this.raw);
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const bytes = Buffer.from(this.raw);
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }

  clone(): FetcherResponse {
    return new ParsedResponse(this.url, this.body, this.raw);
  }
}
