// Composition as `npm run compose` does it, with no side effects: schema/<subgraph>.graphql and schema/live.graphql
// in, the supergraph and the API schema out. scripts/compose.ts writes them; scripts/checkOperations.ts checks the
// saved operations against them, so both see the same graph for the same files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { SUBGRAPHS } from '../subgraphs/shared/catalog';

/** The committed schema folder: schema/<subgraph>.graphql are the source of truth. */
export const SCHEMA_DIR = join(__dirname, '..', 'schema');

export type Composition =
  | {
      ok: true;
      supergraphSdl: string;
      /** What clients see: no join__ machinery, no @inaccessible parts. */
      apiSchema: GraphQLSchema;
      hints: string[];
    }
  | { ok: false; errors: string[] };

/** Composes `<dir>/<subgraph>.graphql` for every subgraph in the catalog, and `<dir>/live.graphql`. */
export function composeSchemaDir(dir: string = SCHEMA_DIR): Composition {
  return composeSchemas((name) => parse(readFileSync(join(dir, `${name}.graphql`), 'utf8')));
}

/**
 * Composes every subgraph in the catalog and `live` from the documents `typeDefsOf` gives for each name: for a
 * caller that changes a schema before composing it (tests compose a supergraph without one field).
 */
export function composeSchemas(typeDefsOf: (name: string) => DocumentNode): Composition {
  // `live` is served by the gateway itself from the change feed (gateway/subscriptions): its URL only names it
  const result = composeServices([
    ...SUBGRAPHS.map(({ name, defaultPort }) => ({
      name,
      url: `http://localhost:${defaultPort}/graphql`,
      typeDefs: typeDefsOf(name),
    })),
    { name: 'live', url: 'gateway:live', typeDefs: typeDefsOf('live') },
  ]);
  if (result.errors) return { ok: false, errors: result.errors.map((error) => error.message) };
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
    hints: (result.hints ?? []).map((hint) => hint.toString()),
  };
}
