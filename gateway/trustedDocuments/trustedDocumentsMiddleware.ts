import type { Request, RequestHandler } from 'express';
import { localsOf } from '../context';
import { admitRequest } from './admitRequest';
import type { GraphQLRequestFields, Requester } from './admitRequest';
import type { TrustedDocumentsOptions } from './options';
import { refusalBody } from './trustedDocumentsErrorCode';
import type { TrustedDocumentsRefusal } from './trustedDocumentsErrorCode';

/** The parameters a GET request carries; `extensions` is JSON in the query string. */
const GET_FIELDS = ['documentId', 'query', 'extensions'] as const;

/**
 * Resolves `documentId`s (and APQ hashes of manifest documents) to their text and applies TRUSTED_DOCUMENTS
 * before Apollo Server sees the request. Mount it on /graphql after authentication (it reads
 * `res.locals.caller`) and after the JSON body parser (it reads and rewrites `req.body`). GET requests are
 * rewritten in their URL, which is where Apollo reads them: an ad-hoc query by GET is refused like one by POST.
 */
export function trustedDocumentsMiddleware(options: TrustedDocumentsOptions): RequestHandler {
  return (req, res, next) => {
    const caller = localsOf(res).caller;
    const requester: Requester = {
      // without a verified caller (AUTH_MODE=off) nobody's role is known: an operator who asked for enforce gets it
      restricted: options.mode === 'enforce' && (caller === undefined || options.roles.includes(caller.role)),
      role: caller?.role,
    };
    const refusal = req.method === 'GET' ? admitGet(req, options, requester) : admitBody(req.body, options, requester);
    if (!refusal) return next();
    res.status(refusal.status).json(refusalBody(refusal));
  };
}

function admitBody(
  body: unknown,
  options: TrustedDocumentsOptions,
  requester: Requester,
): TrustedDocumentsRefusal | undefined {
  // a batch runs only if every operation in it may
  for (const request of Array.isArray(body) ? body : [body]) {
    if (!isRecord(request)) continue; // not a GraphQL request: Apollo Server says what it expects
    const refusal = admitRequest(request, options, requester);
    if (refusal) return refusal;
  }
  return undefined;
}

function admitGet(
  req: Request,
  options: TrustedDocumentsOptions,
  requester: Requester,
): TrustedDocumentsRefusal | undefined {
  const queryStart = req.url.indexOf('?');
  if (queryStart < 0) return undefined; // no GraphQL request at all: Apollo Server says what it expects
  const params = new URLSearchParams(req.url.slice(queryStart + 1));
  const request: GraphQLRequestFields = {};
  for (const field of GET_FIELDS) {
    const value = params.get(field);
    if (value !== null) request[field] = field === 'extensions' ? parseJson(value) : value;
  }
  const before = request['query'];
  const refusal = admitRequest(request, options, requester);
  if (refusal || request['query'] === before) return refusal;
  params.set('query', String(request['query']));
  params.delete('documentId');
  req.url = `${req.url.slice(0, queryStart)}?${params.toString()}`;
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // Apollo Server answers malformed extensions itself
  }
}

function isRecord(value: unknown): value is GraphQLRequestFields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
