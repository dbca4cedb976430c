import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isFed1Supergraph, Supergraph } from '@apollo/federation-internals';

/** A subgraph as the supergraph names it: `@join__graph(name:, url:)` on a `join__Graph` enum value. */
export interface SupergraphSubgraph {
  name: string;
  /** The routing URL composed into the supergraph; SUBGRAPH_<NAME>_URL overrides it at run time. */
  url: string;
}

export interface LoadedSupergraph {
  /** Where it was read from, for messages. */
  path: string;
  sdl: string;
  subgraphs: readonly SupergraphSubgraph[];
}

/** The supergraph file cannot be served; the message says why and how to fix it. */
export class SupergraphError extends Error {
  override readonly name = 'SupergraphError';
}

/**
 * Checks that `sdl` is a valid Federation 2 supergraph and lists its subgraphs. Building it with
 * federation-internals runs the same validation the gateway runs, so a broken file fails here, with the path in
 * the message, rather than later inside the gateway with none.
 */
export function parseSupergraph(sdl: string, path = '<supergraph>'): LoadedSupergraph {
  let supergraph: Supergraph;
  try {
    supergraph = Supergraph.build(sdl);
  } catch (error) {
    throw new SupergraphError(
      `${path} is not a valid Federation 2 supergraph: ${(error as Error).message}. ` +
        'Compose it from your subgraph schemas with @apollo/composition (`npx tsx scripts/compose.ts` here) ' +
        'or `rover supergraph compose`, and point SUPERGRAPH_PATH at the result.',
    );
  }
  if (isFed1Supergraph(supergraph.schema)) {
    throw new SupergraphError(
      `${path} is a Federation 1 supergraph; this gateway serves Federation 2 only. ` +
        'Recompose it with Federation 2 (`rover supergraph compose --elv2-license accept` with `federation_version: =2.x` in the config).',
    );
  }
  const subgraphs = supergraph.subgraphsMetadata().map(({ name, url }) => ({ name, url }));
  if (subgraphs.length === 0) {
    throw new SupergraphError(
      `${path} names no subgraphs (its join__Graph enum is empty). Compose it from at least one subgraph.`,
    );
  }
  return { path, sdl, subgraphs };
}

/** Reads and checks the supergraph file at `path`. */
export function loadSupergraph(path: string): LoadedSupergraph {
  let sdl: string;
  try {
    sdl = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'the file does not exist' : `it cannot be read (${code ?? (error as Error).message})`;
    throw new SupergraphError(
      `Cannot load the supergraph from ${path}: ${reason}. Set SUPERGRAPH_PATH to a composed supergraph file, ` +
        'or run `npx tsx scripts/compose.ts` to write schema/supergraph.graphql.',
    );
  }
  return parseSupergraph(sdl, path);
}

/**
 * The supergraph's identity, as GET /ready and the reload metrics show it: the first 16 hex digits of the SDL's
 * sha256. Two files with the same text are the same schema, so a rewrite that changes nothing reloads nothing.
 */
export function supergraphHash(sdl: string): string {
  return createHash('sha256').update(sdl).digest('hex').slice(0, 16);
}
