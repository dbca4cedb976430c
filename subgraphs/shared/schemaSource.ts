import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { DocumentNode } from 'graphql';
import type { SubgraphName } from './catalog';

/** The repository's schema/ folder. */
export const SCHEMA_DIR = join(__dirname, '..', '..', 'schema');

/** Parses schema/<name>.graphql, the subgraph's source of truth. */
export function loadTypeDefs(name: SubgraphName): DocumentNode {
  return parse(readFileSync(join(SCHEMA_DIR, `${name}.graphql`), 'utf8'));
}
