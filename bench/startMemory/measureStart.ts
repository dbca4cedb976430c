import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import { processTree } from './processTree';
import type { ProcessMemory } from './processTree';

const ROOT = join(__dirname, '..', '..');
/** What `npm start` prints once the gateway answers (stack/index.ts). */
const READY_LINE = /Customer 360 ready in [\d.]+ s/;
/** The script `npm start` runs, as it appears on the command line of the process that runs it. */
const STACK_SCRIPT = 'stack/index.ts';
const SAMPLE_MS = 100;

export interface StartMeasurement {
  /** From spawning `npm start`'s command to its ready line. */
  readyMs: number;
  /** The stack process: the node process that runs stack/index.ts (under the tsx CLI, its child). */
  stack: {
    /** VmRSS when the ready line was printed. */
    readyRssBytes: number;
    /** VmRSS `settleMs` after that. */
    settledRssBytes: number;
    /** VmHWM at the ready line: the highest since the process started. */
    peakRssBytes: number;
    /** CPU time up to the ready line, with that of its children that had exited (a data dir's initdb). */
    cpuMs: number;
  };
  /** The highest sum of VmRSS over every process of the start, among the samples (every 100 ms). */
  treePeakRssBytes: number;
  /** Every other process the start ran (the tsx CLI, esbuild, helpers), each with the highest VmHWM seen. */
  others: { command: string; peakRssBytes: number }[];
  /** What the start printed up to its ready line. */
  output: string[];
}

export interface MeasureStartOptions {
  /** Variables on top of this process's: DATA_DIR, PORT, SEED_CUSTOMERS. */
  env: Record<string, string>;
  timeoutMs: number;
  /** How long to keep watching after the ready line before reading the settled RSS. */
  settleMs: number;
}

/**
 * Runs `npm start`'s command (package.json's "start", without npm and without its "prestart" console build, a
 * separate short process) until it prints its ready line, sampling the memory of every process it starts from /proc,
 * then stops it (SIGTERM, SIGKILL after 30 s) and resolves once it has exited.
 */
export async function measureStart(options: MeasureStartOptions): Promise<StartMeasurement> {
  const { command, args } = startCommand();
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    // as npm runs it: the project's node_modules/.bin first on the PATH
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(`could not be started: ${error.message}`));
    child.once('exit', (code, signal) => resolve(`exited (${signal ?? code})`));
  });
  const rootPid = child.pid;
  if (rootPid === undefined) throw new Error(`\`${[command, ...args].join(' ')}\` ${await exited}`);

  const output: string[] = [];
  const readyLine = new Promise<void>((resolve) => {
    const onLine = (line: string) => {
      output.push(line);
      if (READY_LINE.test(line)) resolve();
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
  });

  const peaks = new Map<number, { command: string; peakRssBytes: number }>();
  let treePeakRssBytes = 0;
  let latest: ProcessMemory[] = [];
  const sample = () => {
    latest = processTree(rootPid);
    treePeakRssBytes = Math.max(
      treePeakRssBytes,
      latest.reduce((sum, p) => sum + p.rssBytes, 0),
    );
    for (const running of latest) {
      const seen = peaks.get(running.pid);
      peaks.set(running.pid, {
        // a process that has just exited shows an empty command line
        command: running.command || seen?.command || `pid ${running.pid}`,
        peakRssBytes: Math.max(seen?.peakRssBytes ?? 0, running.peakRssBytes),
      });
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  try {
    const timeout = new Promise<string>((resolve) =>
      setTimeout(
        () => resolve(`did not print its ready line within ${options.timeoutMs / 1000} s`),
        options.timeoutMs,
      ).unref(),
    );
    const failed = await Promise.race([readyLine.then(() => undefined), exited, timeout]);
    if (failed !== undefined)
      throw new Error(`\`${[command, ...args].join(' ')}\` ${failed}:\n${output.slice(-30).join('\n')}`);
    const readyMs = Date.now() - started;
    sample();
    const stackAtReady = stackProcess(latest);
    await new Promise((resolve) => setTimeout(resolve, options.settleMs));
    sample();
    const stackSettled = latest.find((p) => p.pid === stackAtReady.pid);
    return {
      readyMs,
      stack: {
        readyRssBytes: stackAtReady.rssBytes,
        settledRssBytes: stackSettled?.rssBytes ?? 0,
        peakRssBytes: stackAtReady.peakRssBytes,
        cpuMs: stackAtReady.cpuMs,
      },
      treePeakRssBytes,
      others: [...peaks].filter(([pid]) => pid !== stackAtReady.pid).map(([, seen]) => seen),
      output: [...output],
    };
  } finally {
    clearInterval(timer);
    await stop(child, rootPid, exited);
  }
}

/** package.json's "start", split into the command and its arguments; refuses what would need a shell. */
function startCommand(): { command: string; args: string[] } {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  const start = scripts['start'];
  if (start === undefined || /[|&;<>$`'"\\]/.test(start) || !start.includes(STACK_SCRIPT)) {
    throw new Error(
      `package.json's "start" script (${JSON.stringify(start)}) is not a plain command running ${STACK_SCRIPT}: update bench/startMemory/measureStart.ts to run it`,
    );
  }
  const [command = '', ...args] = start.trim().split(/\s+/);
  return { command, args };
}

/** The deepest process whose command line runs stack/index.ts: the tsx CLI's child, or the root itself. */
function stackProcess(tree: ProcessMemory[]): ProcessMemory {
  const running = tree.filter((p) => p.command.includes(STACK_SCRIPT));
  const deepest = running.find((p) => !running.some((other) => other.parentPid === p.pid));
  if (!deepest) throw new Error(`no process running ${STACK_SCRIPT} under the start command: ${JSON.stringify(tree)}`);
  return deepest;
}

/** SIGTERM to the start command (the tsx CLI passes it on), SIGKILL to what is left of the tree after 30 s. */
async function stop(child: ChildProcess, rootPid: number, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const pids = processTree(rootPid).map((p) => p.pid);
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  }, 30_000);
  await exited;
  clearTimeout(timer);
}
