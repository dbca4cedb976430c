import { readdirSync, readFileSync } from 'node:fs';
import { clockTicksPerSecond } from '../procStats';

/** One process as /proc shows it. */
export interface ProcessMemory {
  pid: number;
  parentPid: number;
  /** The command line, arguments joined by spaces. */
  command: string;
  /** Resident memory now (VmRSS). */
  rssBytes: number;
  /** The highest resident memory since the process started (VmHWM). */
  peakRssBytes: number;
  /** CPU time (user + system) of the process and of its children it has waited for, in milliseconds. */
  cpuMs: number;
}

/**
 * `root` and every process under it, read from /proc; [] once `root` is gone. A process that exits while it is being
 * read is left out. Scans every /proc/<pid>/stat for the parent ids rather than /proc/<pid>/task/<tid>/children,
 * which lists only the children of that one thread.
 */
export function processTree(root: number): ProcessMemory[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (!stat) continue;
    const siblings = parents.get(stat.parentPid) ?? [];
    siblings.push(Number(entry));
    parents.set(stat.parentPid, siblings);
  }
  const tree: ProcessMemory[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    const memory = processMemory(pid);
    if (!memory) continue;
    tree.push(memory);
    queue.push(...(parents.get(pid) ?? []));
  }
  return tree;
}

/** The memory and CPU time of one process; undefined once it is gone. */
export function processMemory(pid: number): ProcessMemory | undefined {
  try {
    const stat = readStat(pid);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    if (!stat) return undefined;
    return {
      pid,
      parentPid: stat.parentPid,
      command,
      // a zombie has no memory lines: it holds none
      rssBytes: statusKb(status, 'VmRSS') * 1024,
      peakRssBytes: statusKb(status, 'VmHWM') * 1024,
      cpuMs: stat.cpuMs,
    };
  } catch {
    return undefined;
  }
}

function statusKb(status: string, field: string): number {
  const kB = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1];
  return kB === undefined ? 0 : Number(kB);
}

function readStat(pid: number): { parentPid: number; cpuMs: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // the fields after the command name, which is in parentheses and may itself hold spaces or parentheses;
  // fields[0] is field 3 (state), so field n is fields[n - 3]: ppid 4, utime 14, stime 15, cutime 16, cstime 17
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
  return { parentPid: Number(fields[1]), cpuMs: (ticks * 1000) / clockTicksPerSecond() };
}
