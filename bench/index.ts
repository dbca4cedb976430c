// `npm run bench`: see bench/benchArgs.ts (--help) and the README's Benchmarks section. The only file in bench/
// that reads argv and the environment, apart from the child processes' entry files.
import { BENCH_HELP, parseBenchArgs } from './benchArgs';
import { markdownReport } from './report/markdownReport';
import { runBench } from './runBench';
import { runLive } from './live/runLive';
import { runScale } from './scale/runScale';
import { runConsoleBench } from './console/runConsoleBench';
import { runStartMemory } from './startMemory/runStartMemory';

// exit on Ctrl-C or kill, which runs the exit hook that stops the subgraph and gateway processes (childProcess.ts)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping the benchmark and its processes.`);
    process.exit(130);
  });
}

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    console.log(BENCH_HELP);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    for (const error of parsed.errors) console.error(`error: ${error}`);
    console.error('Run `npm run bench -- --help` for usage.');
    return 2;
  }
  const started = Date.now();
  const log = (line: string) =>
    console.log(`[bench ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`);
  if (parsed.options.startMemory) {
    const { markdown, files } = await runStartMemory({ ...parsed.options.startMemory, out: parsed.options.out }, log);
    console.log(`\n${markdown}`);
    console.log(`Results: ${files.markdown}\n         ${files.json}`);
    return 0;
  }
  if (parsed.options.console) {
    const { markdown, files } = await runConsoleBench(parsed.options, log);
    console.log(`\n${markdown}`);
    console.log(`Results: ${files.markdown}\n         ${files.json}`);
    return 0;
  }
  const run = parsed.options.live ? runLive : parsed.options.scale ? runScale : runBench;
  const { results, files } = await run(parsed.options, log);
  console.log(`\n${markdownReport(results)}`);
  console.log(`Results: ${files.markdown}\n         ${files.json}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
