import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { CallerHeadersDataSource } from '../gateways/callerHeadersDataSource';

/** One HTTP request a query plan sent to a subgraph, as sent. */
export interface CapturedFetch {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A plan's fetches in stages: the fetches of a stage went out together; each stage waited for the one before. */
export type CapturedPlan = CapturedFetch[][];

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** Our own supergraph, the one the customer workloads run on. */
export function customerSupergraphSdl(): string {
  return readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
}

/**
 * Runs `query` once per variables in an in-process Apollo Gateway over `supergraphSdl`'s subgraphs and records the
 * subgraph requests its query plan sent. The plan is the one every Apollo-based gateway here makes (same
 * supergraph, same planner); replaying these requests directly (replayPlans.ts) costs what the subgraphs cost,
 * with no GraphQL work in between: the floor under any gateway.
 */
export async function captureStoryFetches(
  subgraphUrls: Readonly<Record<string, string>>,
  query: string,
  variableSets: readonly Record<string, unknown>[],
  supergraphSdl: string = customerSupergraphSdl(),
): Promise<CapturedPlan[]> {
  let stages: CapturedPlan = [];
  // a fetch that starts after another has finished waited for it: it opens the next stage
  let finishedSinceStageOpened = true;
  const base = new RemoteGraphQLDataSource().fetcher;
  const recording: Fetcher = async (url, init) => {
    if (finishedSinceStageOpened) {
      stages.push([]);
      finishedSinceStageOpened = false;
    }
    stages[stages.length - 1]?.push({
      url,
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      body: String(init?.body ?? ''),
    });
    try {
      return await base(url, init);
    } finally {
      finishedSinceStageOpened = true;
    }
  };
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new CallerHeadersDataSource({ url: subgraphUrls[name] ?? url, fetcher: recording }),
  });
  const server = new ApolloServer({ gateway });
  await server.start();
  const plans: CapturedPlan[] = [];
  try {
    for (const variables of variableSets) {
      stages = [];
      finishedSinceStageOpened = true;
      const response = await server.executeOperation({ query, variables });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`capturing the floor: the query failed: ${JSON.stringify(response.body)}`.slice(0, 500));
      }
      plans.push(stages);
    }
  } finally {
    await server.stop();
  }
  return plans;
}
