import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureStoryFetches } from '../floor/captureStoryFetches';
import { spreadOf } from './consoleBudgets';
import type { Spread } from './consoleBudgets';
import type { CapturedRequest } from './captureGraphqlRequests';
import { swapped } from './replayOverHttp';

/** The customer page's query without any gateway: its plan's subgraph requests, sent straight to the subgraphs. */
export interface SubgraphFloor {
  operation: string;
  /** Subgraph requests per query, and the stages they went out in (each stage waits for the one before). */
  fetches: number;
  stages: number;
  spread: Spread | null;
}

const MANIFEST = join(__dirname, '..', '..', 'operations', '__generated__', 'persisted-documents.json');

/**
 * The floor under the API's time for the page's main query: Apollo's planner (the plan our gateway makes too) runs
 * it once per customer in-process and records the subgraph requests; then each customer's requests are sent again,
 * stage by stage, and timed. What is left of the HTTP time above this is the gateway's own work.
 */
export async function measureSubgraphFloor(
  subgraphUrls: Readonly<Record<string, string>>,
  request: CapturedRequest,
  templateCustomerId: string,
  customerIds: readonly string[],
): Promise<SubgraphFloor> {
  const body = JSON.parse(request.body ?? '{}') as { documentId?: string; query?: string; variables?: unknown };
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  const query = body.query ?? (body.documentId ? manifest[body.documentId] : undefined);
  if (!query) throw new Error(`${request.operation}: neither its text nor its documentId is in ${MANIFEST}`);
  const variables = customerIds.map(
    (id) => swapped(body.variables ?? {}, templateCustomerId, id) as Record<string, unknown>,
  );
  const plans = await captureStoryFetches(subgraphUrls, query, variables);
  const times: number[] = [];
  for (const plan of plans) {
    const started = performance.now();
    for (const stage of plan) {
      await Promise.all(
        stage.map(async (fetchRequest) => {
          const headers = Object.fromEntries(
            Object.entries(fetchRequest.headers).filter(
              ([name]) => !/^(?:content-length|connection|host)$/i.test(name),
            ),
          );
          const response = await fetch(fetchRequest.url, { method: 'POST', headers, body: fetchRequest.body });
          const text = await response.text();
          if (!response.ok || text.includes('"errors":['))
            throw new Error(`the floor's subgraph request failed with ${response.status}: ${text.slice(0, 300)}`);
        }),
      );
    }
    times.push(performance.now() - started);
  }
  const fetches = plans.reduce((sum, plan) => sum + plan.flat().length, 0) / Math.max(1, plans.length);
  return { operation: request.operation, fetches, stages: plans[0]?.length ?? 0, spread: spreadOf(times) };
}
