// Start-up time and memory of a program run through tsx against the same program built (`npm run build`), for
// bench/results/2026-12-07-build.md. Runs each command in turn (alternating, `--runs` rounds), and for each start:
// the time from spawn to its ready line, the resident memory of its process tree when ready, and again after
// `--requests` sequential customer queries. Usage (the variables the programs read come from the environment):
//   npx tsx scripts/build/measureStart.ts --ready 'Gateway ready: (\S+)' --runs 3 \
//     --command 'tsx=node_modules/.bin/tsx --import ./scripts/tracing.mts gateway/index.ts' \
//     --command 'node=node --enable-source-maps --import ./dist/scripts/tracing.mjs dist/gateway/index.js'
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mintDevToken } from '../../gateway/auth/devToken';

interface Sample {
  label: string;
  readyMs: number;
  /** CPU time (user + system) the process tree spent until ready: steadier than readyMs on a busy machine. */
  cpuReadyMs: number;
  /** The server process alone, and with every process it runs in (a tsx CLI wrapper, for one). */
  rssReadyMb: number;
  treeReadyMb: number;
  rssAfterMb: number;
  treeAfterMb: number;
  requestsMs: number;
}

const { values } = parseArgs({
  options: {
    command: { type: 'string', multiple: true },
    ready: { type: 'string' },
    runs: { type: 'string', default: '3' },
    requests: { type: 'string', default: '200' },
    customers: { type: 'string', default: '200' },
  },
});
const commands = (values.command ?? []).map((text) => {
  const at = text.indexOf('=');
  return { label: text.slice(0, at), argv: text.slice(at + 1).split(' ') };
});
if (commands.length === 0 || !values.ready) {
  console.error("Usage: measureStart.ts --ready 'REGEX with the URL as group 1' --command 'label=program args' …");
  process.exit(2);
}
const ready = new RegExp(values.ready);

const mb = (kb: number) => Math.round(kb / 1024);

/** Linux's clock ticks per second, in which /proc/<pid>/stat counts CPU time. */
const TICKS_PER_SECOND = 100;

function processes(): { pid: number; ppid: number; cpuMs: number }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // after "pid (comm) ": state ppid … utime (14th field) stime (15th)
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        return [{ pid: Number(name), ppid: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND }];
      } catch {
        return [];
      }
    });
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The tree under `root`: its RSS in all, and the RSS of the process that listens (the one with the largest RSS). */
function memory(root: number): { serverKb: number; treeKb: number; cpuMs: number } {
  const all = processes();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i]).map((p) => p.pid));
  const rss = tree.map(rssKb);
  const cpuMs = all.filter((p) => tree.includes(p.pid)).reduce((sum, p) => sum + p.cpuMs, 0);
  return { serverKb: Math.max(...rss), treeKb: rss.reduce((sum, kb) => sum + kb, 0), cpuMs };
}

function start(argv: string[]): Promise<{ child: ChildProcess; url: string; readyMs: number }> {
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = ready.exec(output)?.[1];
      if (url) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        child.stderr!.resume();
        resolve({ child, url, readyMs: performance.now() - started });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${argv.join(' ')} exited with ${code}:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function measure(label: string, argv: string[], token: string): Promise<Sample> {
  const { child, url, readyMs } = await start(argv);
  try {
    const cpuReadyMs = memory(child.pid!).cpuMs;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const atReady = memory(child.pid!);
    const began = performance.now();
    const requests = Number(values.requests);
    for (let i = 0; i < requests; i++) {
      const id = `cus_${(i % Number(values.customers)) + 1}`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `{ customer(id: "${id}") { name email orders(first: 3) { edges { node { number status } } } tickets { totalCount } } }`,
        }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (response.status !== 200 || body.errors)
        throw new Error(`${label}: ${response.status} ${JSON.stringify(body)}`);
    }
    const requestsMs = performance.now() - began;
    const after = memory(child.pid!);
    return {
      label,
      readyMs,
      cpuReadyMs,
      rssReadyMb: mb(atReady.serverKb),
      treeReadyMb: mb(atReady.treeKb),
      rssAfterMb: mb(after.serverKb),
      treeAfterMb: mb(after.treeKb),
      requestsMs,
    };
  } finally {
    await stop(child);
  }
}

async function main(): Promise<void> {
  const token = await mintDevToken({ role: 'supervisor' });
  const samples: Sample[] = [];
  for (let run = 1; run <= Number(values.runs); run++) {
    for (const { label, argv } of commands) {
      const sample = await measure(label, argv, token);
      samples.push(sample);
      console.log(
        `run ${run} ${label.padEnd(10)} ready ${(sample.readyMs / 1000).toFixed(2)} s (CPU ${(sample.cpuReadyMs / 1000).toFixed(2)} s) · RSS ready ${sample.rssReadyMb} MB ` +
          `(tree ${sample.treeReadyMb}) · after ${values.requests} requests ${sample.rssAfterMb} MB (tree ${sample.treeAfterMb}) ` +
          `in ${(sample.requestsMs / 1000).toFixed(2)} s`,
      );
    }
  }
  console.log(JSON.stringify(samples));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
