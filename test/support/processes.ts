import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface Child {
  process: ChildProcess;
  /** The URL the process announced in its ready line. */
  url: string;
}

/** The ready line of `npm run subgraph` and of the gateway alone. */
export const SUBGRAPH_READY = /subgraph ready at (http:\/\/\S+\/graphql)/;
export const GATEWAY_READY = /Gateway ready: (http:\/\/\S+\/graphql)/;

/**
 * Starts `node --import tsx <args>` from the repository root and resolves with the URL its output's `ready` line
 * announces. One process, not the `tsx` CLI: that CLI runs the script in a child process, so a SIGKILL would kill
 * only the wrapper and leave the server running.
 */
export function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} did not say it was ready within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(ready)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ process: child, url });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/** Stops a process we started (SIGTERM, or `signal`) and waits for it to exit. */
export function stopProcess(child: Child | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.process.exitCode !== null || child.process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.process.once('exit', () => resolve());
    child.process.kill(signal);
  });
}
