import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, GraphQLError } from 'graphql';
import { subgraphGraphql as graphql } from './benchSubgraph';
import type { BenchSubgraph } from './benchSubgraph';

export interface ServedSubgraph {
  /** Its GraphQL endpoint. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_048_576;
/** The gateways send a handful of distinct queries; the bound only keeps a stray client from growing the heap. */
const MAX_CACHED_DOCUMENTS = 1_000;

/**
 * Serves one subgraph on a free port of 127.0.0.1: POST /graphql, JSON in and out. graphql-js directly rather than
 * Apollo Server: the public benchmark's subgraphs are small Rust servers that cost next to nothing, and on a
 * two-core machine every millisecond the subgraphs spend is taken from the gateway being measured. Each query text
 * is parsed and validated once. `onRequest` is called for every request, so the bench can count fetches.
 */
export async function serveSubgraph(subgraph: BenchSubgraph, onRequest: () => void): Promise<ServedSubgraph> {
  const schema = buildSubgraphSchema({ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers });
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  const documentOf = (query: string): DocumentNode | readonly GraphQLError[] => {
    let document = documents.get(query);
    if (document === undefined) {
      try {
        const parsed = graphql.parse(query);
        const errors = graphql.validate(schema, parsed);
        document = errors.length > 0 ? errors : parsed;
      } catch (error) {
        document = [error as GraphQLError];
      }
      if (documents.size >= MAX_CACHED_DOCUMENTS) documents.clear();
      documents.set(query, document);
    }
    return document;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/graphql') {
      return answer(res, 404, { errors: [{ message: `${subgraph.name} answers POST /graphql only` }] });
    }
    onRequest();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return answer(res, 413, { errors: [{ message: 'request body too large' }] });
      chunks.push(chunk);
    }
    let request: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof request;
    } catch {
      return answer(res, 400, { errors: [{ message: 'the body is not JSON' }] });
    }
    if (typeof request.query !== 'string') {
      return answer(res, 400, { errors: [{ message: 'the body has no query string' }] });
    }
    const document = documentOf(request.query);
    if (Array.isArray(document)) return answer(res, 400, { errors: document });
    const result = await graphql.execute({
      schema,
      document: document as DocumentNode,
      variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
      operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
    });
    answer(res, 200, result);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      answer(res, 500, { errors: [{ message: `${subgraph.name} failed: ${String(error)}` }] });
    });
  });
  // longer than the gateways' keep-alive, so a reused socket is seldom closed under a request
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
