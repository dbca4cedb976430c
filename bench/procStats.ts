import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (`getconf CLK_TCK`, 100 on nearly every Linux). */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/**
 * CPU time (user + system) the process has used so far, in milliseconds; undefined without /proc (not Linux) or
 * once the process is gone. Resolution is one clock tick (10 ms), so read it around runs of many requests.
 */
export function cpuMs(pid: number): number | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // fields after the command name, which is in parentheses and may itself contain spaces or parentheses
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / clockTicksPerSecond() : undefined;
}

/** Resident memory of the process now (VmRSS), in bytes; undefined without /proc. */
export function rssBytes(pid: number): number | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kB = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  return kB === undefined ? undefined : Number(kB) * 1024;
}

export interface RssSample {
  atMs: number;
  bytes: number;
}

export interface RssSampler {
  /** Stops sampling; returns every sample taken, oldest first. */
  stop(): RssSample[];
  peakBytes(): number | undefined;
}

/**
 * Samples a process's RSS every `intervalMs`. The peak of the samples, not VmHWM: VmHWM holds the peak since the
 * process started, and so would carry one run's peak into the next.
 */
export function sampleRss(pid: number, intervalMs = 100): RssSampler {
  const started = Date.now();
  const samples: RssSample[] = [];
  const take = () => {
    const bytes = rssBytes(pid);
    if (bytes !== undefined) samples.push({ atMs: Date.now() - started, bytes });
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
    peakBytes: () => (samples.length === 0 ? undefined : Math.max(...samples.map((sample) => sample.bytes))),
  };
}
