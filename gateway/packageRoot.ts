import { join } from 'node:path';

/**
 * The folder that holds gateway/ beside schema/, operations/ and console/dist: the repository under tsx, dist/ once
 * built (`npm run build` copies those files there, mirroring the tree). The gateway's default files are found from
 * it, not from the working directory, so `node dist/gateway/index.js` starts from any folder, and in an image that
 * holds only dist/, node_modules and package.json. Paths given in variables stay relative to the working directory.
 */
export const PACKAGE_ROOT = join(__dirname, '..');

/** `relative` (e.g. `schema/supergraph.graphql`) inside PACKAGE_ROOT. */
export function packageFile(relative: string): string {
  return join(PACKAGE_ROOT, relative);
}
