import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, visit } from 'graphql';
import { composeSchemas, SCHEMA_DIR } from '../../scripts/composeSchema';

/** The repository's supergraph (schema/supergraph.graphql), as `npm run compose` wrote it. */
export const REPOSITORY_SUPERGRAPH = readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');

/**
 * The repository's subgraphs composed as `npm run compose` does, with `type.field` left out of `subgraph`'s schema:
 * a supergraph to start from, so that reloading the repository's adds a field the subgraph serves all along.
 */
export function supergraphWithout(subgraph: string, type: string, field: string): string {
  const composition = composeSchemas((name) => {
    const document = parse(readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8'));
    if (name !== subgraph) return document;
    return visit(document, {
      [Kind.OBJECT_TYPE_DEFINITION]: (node) =>
        node.name.value === type ? { ...node, fields: node.fields?.filter((f) => f.name.value !== field) } : undefined,
    });
  });
  if (!composition.ok) throw new Error(composition.errors.join('\n'));
  return composition.supergraphSdl;
}
