import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchResults } from './benchResults';
import { markdownReport } from './markdownReport';

/**
 * Writes `<out>/<YYYY-MM-DD>.md` and `.json`; a second run on the same day gets `-2`, `-3`… rather than
 * overwriting the first.
 */
export function writeResults(out: string, results: BenchResults): { markdown: string; json: string } {
  const dir = resolve(out);
  mkdirSync(dir, { recursive: true });
  const day = results.meta.date.slice(0, 10);
  let name = day;
  for (let n = 2; existsSync(join(dir, `${name}.md`)) || existsSync(join(dir, `${name}.json`)); n++)
    name = `${day}-${n}`;
  const markdown = join(dir, `${name}.md`);
  const json = join(dir, `${name}.json`);
  writeFileSync(markdown, markdownReport(results));
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  return { markdown, json };
}
