import type { SubgraphRequest } from './layer';

/**
 * The body a subgraph receives, as Apollo's RemoteGraphQLDataSource serialised it: the query first, then the
 * variables, operation name and extensions. Serialised once per attempt chain and signed byte for byte.
 */
export function wireBody(request: SubgraphRequest): string {
  if (request.body !== undefined) return request.body;
  const { http: _http, query, ...rest } = request.options.request;
  return JSON.stringify({ query, ...rest });
}

/** The planner's own headers (e.g. `apollo-federation-include-trace`), lower-cased, as a plain object. */
export function plannerHeaders(request: SubgraphRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  const given = request.options.request.http?.headers;
  if (given) for (const [name, value] of given) headers[name.toLowerCase()] = value;
  return headers;
}
