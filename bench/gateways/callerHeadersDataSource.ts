import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { DEV_SUBJECTS } from '../../gateway/auth/devToken';
import { ROLE_SCOPES } from '../../gateway/auth/roles';
import { callerHeaders } from '../../platform/caller';
import type { Caller } from '../../platform/caller';

/** The caller behind every benchmark request: the dev agent, the same one the bench's bearer tokens name. */
export const BENCH_CALLER: Caller = {
  userId: DEV_SUBJECTS.agent.sub,
  role: 'agent',
  team: DEV_SUBJECTS.agent.team,
  scopes: ROLE_SCOPES.agent,
};

/**
 * Apollo's own data source plus fixed caller headers: header propagation is the one thing every real Apollo
 * Gateway deployment configures, and without it the (unsecured) subgraphs would mask email and phone and answer
 * a different, cheaper result than our gateway gets. The caller is fixed because the baseline verifies no token.
 */
export class CallerHeadersDataSource extends RemoteGraphQLDataSource {
  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    for (const [name, value] of Object.entries(callerHeaders(BENCH_CALLER))) request.http?.headers.set(name, value);
  }
}
