import type { StartMeasurement } from './measureStart';

/** Issue 13's targets: the stack process's resident memory once ready. */
export const START_MEMORY_TARGETS = { firstBytes: 450 * 2 ** 20, secondBytes: 300 * 2 ** 20 };

export interface StartMemoryResults {
  meta: {
    date: string;
    machine: string;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
    customers: number | 'npm start default';
  };
  /** Each round: a start on a fresh data dir, then one on the same dir. */
  rounds: { first: StartMeasurement; second: StartMeasurement }[];
}

/** The results as a Markdown table, a row per start, then the other processes each start ran. */
export function startMemoryMarkdown(results: StartMemoryResults): string {
  const { meta } = results;
  const rows = results.rounds.flatMap(({ first, second }, index) => [
    row(`${index + 1}: first (create + seed)`, first, START_MEMORY_TARGETS.firstBytes),
    row(`${index + 1}: second (reopen)`, second, START_MEMORY_TARGETS.secondBytes),
  ]);
  const others = results.rounds.flatMap(({ first, second }, index) =>
    [
      ['first', first],
      ['second', second],
    ].flatMap(([which, start]) =>
      (start as StartMeasurement).others.map(
        (other) =>
          `- round ${index + 1}, ${which as string}: ${mb(other.peakRssBytes)} MB peak — \`${short(other.command)}\``,
      ),
    ),
  );
  return [
    `# npm start memory, ${meta.date.slice(0, 10)}`,
    '',
    `- Machine: ${meta.machine}, Node ${meta.node}, load average ${loads(meta.loadAverageAtStart)} at start, ${loads(meta.loadAverageAtEnd)} at end`,
    `- Customers seeded: ${meta.customers}`,
    "- The stack process is the node process that runs stack/index.ts (the tsx CLI's child). Ready: its VmRSS when it " +
      'printed "Customer 360 ready"; settled: 5 s later; peak: its VmHWM at ready. Tree peak: the highest sum of VmRSS ' +
      'over every process of the start (tsx CLI, stack, helpers), sampled every 100 ms. CPU: the stack process up to ' +
      'ready, with its helpers that had exited.',
    '',
    '| start | ready (s) | CPU (s) | ready RSS (MB) | settled RSS (MB) | peak RSS (MB) | tree peak (MB) | target (MB) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    'Other processes:',
    '',
    ...others,
    '',
  ].join('\n');
}

function row(label: string, start: StartMeasurement, targetBytes: number): string {
  const met = start.stack.readyRssBytes <= targetBytes ? '' : ' ✗';
  return `| ${label} | ${(start.readyMs / 1000).toFixed(1)} | ${(start.stack.cpuMs / 1000).toFixed(1)} | ${mb(start.stack.readyRssBytes)}${met} | ${mb(start.stack.settledRssBytes)} | ${mb(start.stack.peakRssBytes)} | ${mb(start.treePeakRssBytes)} | ${mb(targetBytes)} |`;
}

function short(command: string): string {
  return command.length > 120 ? `${command.slice(0, 117)}…` : command;
}

function loads(values: number[]): string {
  return values.map((value) => value.toFixed(2)).join(' ');
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}
