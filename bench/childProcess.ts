import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..');

export interface Child<Ready> {
  process: ChildProcess;
  pid: number;
  /** What the ready line said. */
  ready: Ready;
  /** The last lines the process printed, for error messages. */
  recentOutput(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions<Ready> {
  /** Returns what a line announces once the process is ready, undefined for every other line. */
  ready: (line: string) => Ready | undefined;
  timeoutMs: number;
  /** Every line the process prints, before and after it is ready. */
  onLine?: (line: string) => void;
  /** Node flags before the script (the bench's --cpu-prof passes `--cpu-prof --cpu-prof-dir DIR`). */
  nodeArgs?: readonly string[];
}

const KEPT_LINES = 40;

/** Children still running; killed when this process exits, so none outlives an interrupted benchmark. */
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const running of live) running.kill('SIGKILL');
  });
}

/**
 * Runs `node --import tsx <script>` from the repository root, one process (not the tsx CLI, which would run the
 * script in a grandchild whose CPU time and memory /proc would not show under this pid).
 */
export function spawnChild<Ready>(
  script: string,
  env: Record<string, string>,
  options: SpawnOptions<Ready>,
): Promise<Child<Ready>> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const recent: string[] = [];
  const recentOutput = () => recent.join('\n');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      child.kill('SIGKILL');
      reject(new Error(`${script} did not say it was ready within ${options.timeoutMs / 1000} s:\n${recentOutput()}`));
    }, options.timeoutMs);
    const onLine = (line: string) => {
      recent.push(line);
      if (recent.length > KEPT_LINES) recent.shift();
      options.onLine?.(line);
      if (settled) return;
      const ready = options.ready(line);
      if (ready === undefined) return;
      settled = true;
      clearTimeout(timer);
      resolve({ process: child, pid: child.pid ?? -1, ready, recentOutput, stop });
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (settled) return;
      settled = true;
      reject(new Error(`${script} exited (${signal ?? code}) before it was ready:\n${recentOutput()}`));
    });
  });
}
