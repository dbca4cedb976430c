import autocannon from 'autocannon';
import type { LoadPlan, LoadResult, SessionContext } from './loadPlan';

const SAMPLES_KEPT = 3;
const SAMPLE_CHARS = 300;

/**
 * Runs `amount` requests at `connections` concurrency with autocannon against 127.0.0.1 and checks every answer.
 * The GraphQL error check is a substring search for `"errors":[` (no field in our operations has that name), so
 * it costs the load generator little.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const expect = plan.expect ?? { status: (status: number) => status >= 200 && status < 300, graphqlErrors: false };
  const target = new URL(plan.url);
  if (target.hostname !== '127.0.0.1') throw new Error(`invariant: the bench only loads 127.0.0.1, not ${target.host}`);
  let unexpected = 0;
  let graphqlErrors = 0;
  let answered = 0;
  let lastAnswerAt = process.hrtime.bigint();
  const errorSamples: string[] = [];
  const note = (status: number, body: string) => {
    unexpected += 1;
    if (errorSamples.length < SAMPLES_KEPT) errorSamples.push(`${status} ${body.slice(0, SAMPLE_CHARS)}`);
  };
  const requests: autocannon.Request[] = plan.steps.map((step) => ({
    method: 'POST',
    path: target.pathname,
    headers: step.headers,
    setupRequest: (request, context) => {
      const body = step.body(context as SessionContext);
      // autocannon restarts the sequence when setupRequest returns nothing
      return (body === undefined ? undefined : { ...request, body }) as autocannon.Request;
    },
    onResponse: (status, body, context) => {
      answered += 1;
      lastAnswerAt = process.hrtime.bigint();
      const hasErrors = body.includes('"errors":[');
      if (hasErrors && status >= 200 && status < 300) graphqlErrors += 1;
      if (!expect.status(status) || hasErrors !== expect.graphqlErrors) note(status, body);
      else step.onResponse?.(body, context as SessionContext);
    },
  }));

  const started = process.hrtime.bigint();
  const result = await autocannon({
    url: `${target.origin}${target.pathname}`,
    // autocannon refuses more connections than requests (a short warm-up)
    connections: Math.min(plan.connections, plan.amount),
    amount: plan.amount,
    timeout: plan.timeoutSeconds ?? 30,
    requests,
  });
  // to the last answer, not to autocannon's end, which waits for its next one-second tick
  const durationMs = Number(lastAnswerAt - started) / 1e6;
  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count ?? 0]),
  );
  // autocannon's `errors` counts timeouts too
  const connectionErrors = result.errors;
  return {
    requests: answered,
    durationMs,
    requestsPerSecond: answered / (durationMs / 1000),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: unexpected + connectionErrors,
    non2xx: result.non2xx,
    graphqlErrors,
    connectionErrors,
    statusCounts,
    errorSamples,
  };
}
