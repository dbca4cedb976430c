import { composeServices } from '@apollo/composition';
import { FEDERATION_SUBGRAPHS } from './subgraphs';

/**
 * The workload's supergraph, composed from the four subgraphs' SDL each time the bench runs, so it cannot drift
 * from them. The routing URLs are placeholders: every gateway is given the real ones (the ports are picked at run
 * time).
 */
export function composeFederationSupergraph(): string {
  const result = composeServices(
    FEDERATION_SUBGRAPHS.map(({ name, typeDefs }) => ({ name, typeDefs, url: `http://127.0.0.1/${name}/graphql` })),
  );
  if (result.errors) {
    throw new Error(
      `The federation workload's subgraphs do not compose: ${result.errors.map((error) => error.message).join('; ')}`,
    );
  }
  return result.supergraphSdl;
}
