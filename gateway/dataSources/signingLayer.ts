import { context, propagation } from '@opentelemetry/api';
import { callerHeaders, REQUEST_ID_HEADER, signRequest } from '../../platform/caller';
import type { GatewayContext } from '../context';
import type { Layer } from './layer';
import { wireBody } from './wireRequest';

/**
 * Who is asking travels with every subgraph call: the verified caller's headers and the request id, the trace
 * context, and, with a secret, an HMAC over the subgraph's name, a timestamp, a nonce, the caller headers and the
 * exact body bytes (platform/caller/requestSignature.ts). It sits inside the retry layer because every attempt
 * must sign afresh: a subgraph accepts each nonce once.
 */
export function signingLayer({ subgraph, secret }: { subgraph: string; secret?: string | undefined }): Layer {
  return (inner) => (request) => {
    const body = wireBody(request);
    const headers: Record<string, string> = { ...request.headers };
    const { caller, requestId } = request.options.context as Partial<GatewayContext>;
    if (caller) Object.assign(headers, callerHeaders(caller));
    if (requestId) headers[REQUEST_ID_HEADER] = requestId;
    // the trace goes on in the subgraph (W3C traceparent): OpenTelemetry's HTTP instrumentation does not see
    // undici, and its undici instrumentation needs Node 22. A no-op without tracing.
    propagation.inject(context.active(), headers);
    if (secret !== undefined) Object.assign(headers, signRequest(secret, { subgraph, headers, body }));
    return inner({ ...request, body, headers });
  };
}
