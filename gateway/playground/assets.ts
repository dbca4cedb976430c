import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the playground's files are served from; the page refers to them by these paths only. */
export const ASSETS_PATH = '/playground/assets';

function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/**
 * The playground's browser files, served from node_modules so the page works with no internet access (a support
 * desk behind a proxy, a laptop on a train). Checked with the graphiql 3.9 / React 18 packages: the UMD bundles
 * load nothing at run time, and GraphiQL's CSS embeds its fonts as data: URLs, so no request leaves the gateway.
 */
export const PLAYGROUND_ASSETS: Record<string, { file: string; contentType: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), contentType: 'text/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), contentType: 'text/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'dist/index.umd.js'), contentType: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'dist/style.css'), contentType: 'text/css' },
  // the subscription clients' browser builds: each defines one global (graphqlSse, graphqlWs) and loads nothing
  'graphql-sse.js': { file: packageFile('graphql-sse', 'umd/graphql-sse.min.js'), contentType: 'text/javascript' },
  'graphql-ws.js': { file: packageFile('graphql-ws', 'umd/graphql-ws.min.js'), contentType: 'text/javascript' },
};

/** Fails at start-up, not on the first page view, when an install lacks a file the page needs. */
export function checkPlaygroundAssets(): void {
  const missing = Object.values(PLAYGROUND_ASSETS)
    .map(({ file }) => file)
    .filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The playground cannot be served: ${missing.join(', ')} missing. Run \`npm ci\` to install graphiql 3.9, react 18 and react-dom 18.`,
    );
  }
}
