import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The federation workload's query (federationQuery.graphql) as the bench sends it: without the file's comment
 * lines, like the public benchmark's request.
 */
export function federationQuery(): string {
  return readFileSync(join(__dirname, 'federationQuery.graphql'), 'utf8').replace(/^#.*\n/gm, '');
}
