import autocannon from 'autocannon';

/** Per connection, reset when a connection starts its sequence of steps again. */
export type SessionContext = Record<string, unknown>;

/** One request of the sequence each connection cycles through. */
export interface LoadStep {
  /** The body of the next request; undefined (e.g. an earlier step failed) restarts the sequence. */
  body(context: SessionContext): string | Buffer | undefined;
  headers: Record<string, string>;
  /** Reads what a later step needs (a ticket id) from a successful response. */
  onResponse?(body: string, context: SessionContext): void;
}

export interface LoadPlan {
  url: string;
  /** Requests in all (autocannon `amount`). */
  amount: number;
  connections: number;
  steps: LoadStep[];
  /**
   * Which answers are expected: by default a 2xx without GraphQL `errors`. The rejection workload expects its
   * 4xx instead.
   */
  expect?: { status: (status: number) => boolean; graphqlErrors: boolean };
  timeoutSeconds?: number;
}

export interface LoadResult {
  requests: number;
  durationMs: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Answers that were not what `expect` says, plus connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx answers carrying GraphQL `errors`. */
  graphqlErrors: number;
  connectionErrors: number;
  statusCounts: Record<string, number>;
  /** A few unexpected answers, shortened, to say what went wrong. */
  errorSamples: string[];
}

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
