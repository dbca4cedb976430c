import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';

/** The console's sources (console/src) and the default output (console/dist, never committed). */
export const CONSOLE_ROOT = join(__dirname, '..');
export const DEFAULT_OUT_DIR = join(CONSOLE_ROOT, 'dist');
/** Where the gateway serves the console; every URL in the page starts with it. */
const BASE = '/console';

export interface ConsoleBuild {
  outDir: string;
  /** The JavaScript and CSS the first page loads (the entry and its static imports), raw and gzipped, in bytes. */
  firstPage: { files: string[]; bytes: number; gzipBytes: number };
  /** Every output file with its gzipped size, for the build report. */
  outputs: { file: string; bytes: number; gzipBytes: number }[];
  elapsedMs: number;
}

/**
 * Bundles the console with esbuild: the app (console/src/main.tsx, split so the KPI charts load only on their page)
 * into `outDir`/assets with hashed names, the page (index.html) that loads it, and the embeddable customer card's
 * web component (customer-card.js, a stable name tools can include). Nothing is fetched from a CDN: every byte the
 * page loads comes from the gateway.
 */
export async function buildConsole({ outDir = DEFAULT_OUT_DIR, minify = true } = {}): Promise<ConsoleBuild> {
  const started = Date.now();
  await rm(outDir, { recursive: true, force: true });
  const assets = join(outDir, 'assets');
  await mkdir(assets, { recursive: true });
  const common = {
    bundle: true,
    minify,
    sourcemap: 'linked' as const,
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    jsx: 'automatic' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none' as const,
    logLevel: 'silent' as const,
  };
  const app = await build({
    ...common,
    entryPoints: { app: join(CONSOLE_ROOT, 'src', 'main.tsx') },
    outdir: assets,
    format: 'esm',
    splitting: true,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    publicPath: `${BASE}/assets`,
    metafile: true,
  });
  await build({
    ...common,
    entryPoints: [join(CONSOLE_ROOT, 'src', 'embed', 'customerCardElement.ts')],
    outfile: join(outDir, 'customer-card.js'),
    format: 'iife',
  });

  const { js, css } = entryOutputs(app.metafile);
  const page = renderIndexHtml({
    script: `${BASE}/assets/${basename(js)}`,
    styles: css.map((file) => `${BASE}/assets/${basename(file)}`),
    preload: staticImports(app.metafile, js).map((file) => `${BASE}/assets/${basename(file)}`),
  });
  await writeFile(join(outDir, 'index.html'), page);

  const outputs = await Promise.all(
    Object.keys(app.metafile.outputs)
      .filter((file) => !file.endsWith('.map') && !file.endsWith('.gz'))
      .map(async (file) => {
        const content = await readFile(file);
        return { file: relative(outDir, file), bytes: content.length, gzipBytes: gzipSync(content).length };
      }),
  );
  const firstFiles = [js, ...staticImports(app.metafile, js), ...css].map((file) => relative(outDir, file));
  const first = outputs.filter((output) => firstFiles.includes(output.file));
  const report: ConsoleBuild = {
    outDir,
    firstPage: {
      files: firstFiles,
      bytes: first.reduce((sum, output) => sum + output.bytes, 0),
      gzipBytes: first.reduce((sum, output) => sum + output.gzipBytes, 0),
    },
    outputs,
    elapsedMs: Date.now() - started,
  };
  await writeFile(join(outDir, 'build.json'), JSON.stringify(report, null, 2));
  await precompress(outDir);
  return report;
}

/** The entry's JavaScript and the CSS esbuild collected from its imports. */
function entryOutputs(metafile: Metafile): { js: string; css: string[] } {
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint !== undefined);
  if (!entry) throw new Error('esbuild produced no entry output for console/src/main.tsx');
  const [js, output] = entry;
  return { js, css: output.cssBundle ? [output.cssBundle] : [] };
}

/** The chunks `file` imports statically, transitively: the first page loads them before it runs. */
function staticImports(metafile: Metafile, file: string, seen = new Set<string>()): string[] {
  for (const imported of metafile.outputs[file]?.imports ?? []) {
    if (imported.kind !== 'import-statement' || imported.external || seen.has(imported.path)) continue;
    seen.add(imported.path);
    staticImports(metafile, imported.path, seen);
  }
  return [...seen];
}

function renderIndexHtml({ script, styles, preload }: { script: string; styles: string[]; preload: string[] }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Customer 360 console</title>
${styles.map((href) => `    <link rel="stylesheet" href="${href}" />`).join('\n')}
${preload.map((href) => `    <link rel="modulepreload" href="${href}" />`).join('\n')}
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>The Customer 360 console needs JavaScript.</noscript>
  </body>
</html>
`;
}

/**
 * Writes `<file>.gz` beside every script and stylesheet, once per build: the gateway serves it to browsers that
 * accept gzip (the first page is ~110 KB instead of ~400 KB on the wire) without compressing on every request.
 */
async function precompress(outDir: string): Promise<void> {
  const files = [
    join(outDir, 'customer-card.js'),
    ...(await readdir(join(outDir, 'assets'))).map((file) => join(outDir, 'assets', file)),
  ].filter((file) => file.endsWith('.js') || file.endsWith('.css'));
  await Promise.all(files.map(async (file) => writeFile(`${file}.gz`, gzipSync(await readFile(file), { level: 9 }))));
}
