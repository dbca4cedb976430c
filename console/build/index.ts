// `npm run console:build` (and `npm start`, which runs it first): bundles the console into console/dist.
import { buildConsole } from './buildConsole';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

buildConsole()
  .then((report) => {
    console.log(
      `Console built in ${report.elapsedMs} ms: first page ${kb(report.firstPage.gzipBytes)} gzipped ` +
        `(${kb(report.firstPage.bytes)} raw, ${report.firstPage.files.length} files) → ${report.outDir}`,
    );
  })
  .catch((error: unknown) => {
    console.error(`The console did not build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
