// `npm run build`: the production build in dist/ (scripts/build/buildDist.ts), run with plain node:
// `node dist/gateway/index.js`, `node dist/stack/index.js`, `node dist/scripts/subgraph.js <name>`… (README: Production
// build). `--out-dir DIR` builds elsewhere.
import { parseArgs } from 'node:util';
import { buildDist } from './buildDist';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

let outDir: string | undefined;
try {
  ({
    values: { 'out-dir': outDir },
  } = parseArgs({ options: { 'out-dir': { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run build [-- --out-dir DIR]`);
  process.exit(2);
}

buildDist(outDir === undefined ? {} : { outDir })
  .then((report) => {
    console.log(
      `Built in ${(report.elapsedMs / 1000).toFixed(1)} s (tsc ${(report.compileMs / 1000).toFixed(1)} s, console ` +
        `${(report.consoleMs / 1000).toFixed(1)} s beside it; ${report.assets} schema, operation and migration files ` +
        `copied): ${report.files} files, ${mb(report.bytes)} → ${report.outDir}`,
    );
  })
  .catch((error: unknown) => {
    console.error(`The build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
