import type { DatabaseProgress } from './openSubgraphDatabases';

/** A log line for a step of openSubgraphDatabases; undefined for a step with nothing worth saying. */
export function describeDatabaseProgress(event: DatabaseProgress): string | undefined {
  switch (event.step) {
    case 'postgres':
      return `using PostgreSQL at ${event.host}`;
    case 'embedded-starting':
      return event.elapsedMs === 0
        ? `starting embedded PostgreSQL (PGlite) in ${event.dataDir ?? 'memory'}…`
        : `  still starting… ${Math.round(event.elapsedMs / 1000)}s`;
    case 'embedded-ready':
      return event.created
        ? 'created an empty database; `npm start` runs all five subgraphs with seeded data.'
        : `embedded PostgreSQL opened in ${(event.elapsedMs / 1000).toFixed(1)} s`;
    case 'migrated':
      return event.applied.length > 0 ? `applied migrations ${event.applied.join(', ')}` : undefined;
  }
}
