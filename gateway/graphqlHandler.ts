import { HeaderMap } from '@apollo/server';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

export interface GraphQLHandlerOptions<Context extends BaseContext> {
  /** The request's Apollo context, built once its body has been parsed and its caller verified. */
  context: (express: { req: Request; res: Response }) => Promise<Context>;
}

/**
 * Apollo Server on express, as `expressMiddleware` of @as-integrations/express5 does it (the same request handed to
 * Apollo, the same answer), minus two costs paid on every request for nothing (bench/PROFILE.md): express's
 * `res.send` hashes the whole answer into an ETag, which no client revalidates a POST with, and the legacy
 * `url.parse` of every request URL only to find its query string. Mount it after express.json().
 */
export function graphqlHandler<Context extends BaseContext>(
  server: ApolloServer<Context>,
  options: GraphQLHandlerOptions<Context>,
): RequestHandler {
  server.assertStarted('graphqlHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: searchOf(req.url), body: req.body },
      context: () => options.context({ req, res }),
    });
    for (const [name, value] of answer.headers) res.setHeader(name, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      // Node adds the content-length of a body written at once, and writes none for HEAD
      res.end(answer.body.string);
      return;
    }
    // incremental delivery (@defer): each part as it comes
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** The query string of a request URL, `?` included, or '' (what `url.parse(url).search` gives Apollo). */
function searchOf(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return '';
  const end = url.indexOf('#', start);
  return end < 0 ? url.slice(start) : url.slice(start, end);
}
