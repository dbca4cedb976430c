// `npx tsx bench/profile/summarizeProfile.ts <file.cpuprofile> [top]`: where a gateway's CPU time went, from the
// V8 profile `npm run bench -- --cpu-prof DIR` writes. Prints self time by area (package, our folder, Node
// internals, GC) and by function, as a share of the busy (non-idle) time. See bench/PROFILE.md.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = relative('/', process.cwd());

/** The bucket a frame's self time goes to: an npm package, a folder of ours, Node itself, or a V8 pseudo-frame. */
export function areaOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0] ?? ''}`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  const path = url.replace(/^file:\/\//, '');
  const inRepo = path.includes(ROOT) ? path.slice(path.indexOf(ROOT) + ROOT.length + 1) : path;
  return inRepo.split('/').slice(0, 2).join('/');
}

export function summarize(profile: CpuProfile): {
  busyMs: number;
  idleMs: number;
  areas: [string, number][];
  callers: [string, number][];
  functions: [string, number][];
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  // Node's own code (streams, sockets, timers) and natives are charged to the nearest caller that is not Node:
  // the package or folder of ours that asked for the work
  const callerOf = (node: ProfileNode): string => {
    for (let at: ProfileNode | undefined = node; at; at = parents.get(at.id)) {
      const area = areaOf(at.callFrame.url, at.callFrame.functionName);
      if (!area.startsWith('node:') && area !== '(native)' && area !== '(root)') return area;
    }
    return areaOf(node.callFrame.url, node.callFrame.functionName);
  };
  const callers = new Map<string, number>();
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let idle = 0;
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += micros;
      return;
    }
    busy += micros;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + micros);
    const caller = callerOf(node);
    callers.set(caller, (callers.get(caller) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${area}${url ? `:${lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  });
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return {
    busyMs: busy / 1000,
    idleMs: idle / 1000,
    areas: sorted(areas),
    callers: sorted(callers),
    functions: sorted(functions),
  };
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx bench/profile/summarizeProfile.ts <file.cpuprofile> [top]');
    process.exitCode = 2;
    return;
  }
  const top = Number(topArg ?? 25);
  const { busyMs, idleMs, areas, callers, functions } = summarize(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const share = (micros: number) => `${((micros / 1000 / busyMs) * 100).toFixed(1).padStart(5)} %`;
  console.log(`busy ${busyMs.toFixed(0)} ms, idle ${idleMs.toFixed(0)} ms\n\nself time by area:`);
  for (const [area, micros] of areas.slice(0, top)) console.log(`  ${share(micros)}  ${area}`);
  console.log('\nself time, Node internals charged to the nearest caller outside Node:');
  for (const [area, micros] of callers.slice(0, top)) console.log(`  ${share(micros)}  ${area}`);
  console.log('\nself time by function:');
  for (const [name, micros] of functions.slice(0, top)) console.log(`  ${share(micros)}  ${name}`);
}

main();
