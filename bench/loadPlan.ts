// What a load run is asked to do and what it reports: types only, apart from loadRun.ts, so that code which builds
// plans or reads results (the workloads, the reports, their unit tests) does not need autocannon, a package of the
// bench's own (bench/package.json) that a clean clone installs only on the first `npm run bench`.

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
