import { Agent, request } from 'node:http';
import type { LoadResult } from '../loadPlan';
import type { CapturedFetch, CapturedPlan } from './captureStoryFetches';

/**
 * Replays captured plans against the subgraphs directly, `connections` plans at a time, stage by stage (the
 * fetches of a stage in parallel), until `amount` plans have run. Latency is per plan, so it compares with a
 * gateway's latency per request. Not autocannon: a plan's fetches go to five origins, and autocannon sends one
 * connection's requests to one.
 */
export async function replayPlans(
  plans: readonly CapturedPlan[],
  amount: number,
  connections: number,
): Promise<LoadResult> {
  // one socket per connection and subgraph, kept alive, as a gateway's pool would
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  const errorSamples: string[] = [];
  let errors = 0;
  let graphqlErrors = 0;
  let non2xx = 0;
  let connectionErrors = 0;
  let started = 0;

  const send = (fetch: CapturedFetch, retry = true): Promise<void> =>
    new Promise<void>((resolve) => {
      const req = request(fetch.url, { method: 'POST', headers: fetch.headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          statusCounts[status] = (statusCounts[status] ?? 0) + 1;
          const body = Buffer.concat(chunks).toString('utf8');
          const hasErrors = body.includes('"errors":[');
          if (status < 200 || status >= 300) non2xx += 1;
          else if (hasErrors) graphqlErrors += 1;
          if (status < 200 || status >= 300 || hasErrors) {
            errors += 1;
            if (errorSamples.length < 3) errorSamples.push(`${status} ${body.slice(0, 300)}`);
          }
          resolve();
        });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        // the subgraph closed a kept-alive socket just as it was reused (Node's documented race): send again once
        if (retry && req.reusedSocket && error.code === 'ECONNRESET') return resolve(send(fetch, false));
        connectionErrors += 1;
        errors += 1;
        if (errorSamples.length < 3) errorSamples.push(String(error));
        resolve();
      });
      req.end(fetch.body);
    });

  const worker = async () => {
    while (started < amount) {
      const plan = plans[started++ % plans.length] as CapturedPlan;
      const begin = process.hrtime.bigint();
      for (const stage of plan) await Promise.all(stage.map((fetch) => send(fetch)));
      latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
    }
  };
  const begin = process.hrtime.bigint();
  await Promise.all(Array.from({ length: connections }, worker));
  const durationMs = Number(process.hrtime.bigint() - begin) / 1e6;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    durationMs,
    requestsPerSecond: latencies.length / (durationMs / 1000),
    latencyP50Ms: percentile(50),
    latencyP99Ms: percentile(99),
    errors,
    non2xx,
    graphqlErrors,
    connectionErrors,
    statusCounts,
    errorSamples,
  };
}
