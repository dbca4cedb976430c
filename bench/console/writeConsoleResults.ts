import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConsoleBenchResults } from './consoleBenchResults';

/** `<out>/<YYYY-MM-DD>-console.md` and `.json`; a second run that day gets `-2`, `-3`… rather than overwriting. */
export function writeConsoleResults(
  out: string,
  results: ConsoleBenchResults,
  markdown: string,
): { markdown: string; json: string } {
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const stem = `${results.meta.date.slice(0, 10)}-console`;
  let name = stem;
  for (let n = 2; existsSync(join(dir, `${name}.md`)) || existsSync(join(dir, `${name}.json`)); n++)
    name = `${stem}-${n}`;
  const files = { markdown: join(dir, `${name}.md`), json: join(dir, `${name}.json`) };
  writeFileSync(files.markdown, markdown);
  writeFileSync(files.json, `${JSON.stringify(results, null, 2)}\n`);
  return files;
}
