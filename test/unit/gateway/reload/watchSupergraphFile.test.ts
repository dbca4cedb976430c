import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchSupergraphFile } from '../../../../gateway/reload';
import type { Watching } from '../../../../gateway/reload';

const DEBOUNCE_MS = 100;
const settle = (ms = DEBOUNCE_MS * 4) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchSupergraphFile: offers the supergraph file when its text changes', () => {
  let dir: string;
  let path: string;
  let watching: Watching;
  let changes: string[];
  let errors: Error[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'c360-watch-'));
    path = join(dir, 'supergraph.graphql');
    writeFileSync(path, 'first');
    changes = [];
    errors = [];
    watching = watchSupergraphFile({
      path,
      initial: 'first',
      debounceMs: DEBOUNCE_MS,
      onChange: (sdl) => changes.push(sdl),
      onError: (error) => errors.push(error),
    });
  });

  afterEach(() => {
    watching.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads once after a burst of writes, and offers the last text', async () => {
    writeFileSync(path, 'sec');
    writeFileSync(path, 'second, half');
    writeFileSync(path, 'second');
    await settle();
    expect(changes).toEqual(['second']);
  });

  it('follows a file renamed over the old one (an atomic write), and the next one after it', async () => {
    writeFileSync(join(dir, '.supergraph.tmp'), 'renamed');
    renameSync(join(dir, '.supergraph.tmp'), path);
    await settle();
    writeFileSync(path, 'written in place');
    await settle();
    expect(changes).toEqual(['renamed', 'written in place']);
  });

  it('offers nothing when the text is what it was, or for other files in the folder', async () => {
    writeFileSync(path, 'first');
    writeFileSync(join(dir, 'api.graphql'), 'another file');
    await settle();
    expect(changes).toEqual([]);
  });

  it('follows a Kubernetes ConfigMap volume, whose update swaps a `..data` symlink and never names the file', async () => {
    watching.close();
    const volume = join(dir, 'volume');
    mkdirSync(join(volume, '..v1'), { recursive: true });
    writeFileSync(join(volume, '..v1', 'supergraph.graphql'), 'first');
    symlinkSync('..v1', join(volume, '..data'));
    symlinkSync(join('..data', 'supergraph.graphql'), join(volume, 'supergraph.graphql'));
    watching = watchSupergraphFile({
      path: join(volume, 'supergraph.graphql'),
      initial: 'first',
      debounceMs: DEBOUNCE_MS,
      onChange: (sdl) => changes.push(sdl),
      onError: (error) => errors.push(error),
    });
    // what the kubelet does: the new files in a new folder, a new link to it, renamed over ..data
    mkdirSync(join(volume, '..v2'));
    writeFileSync(join(volume, '..v2', 'supergraph.graphql'), 'from the ConfigMap');
    symlinkSync('..v2', join(volume, '..data_tmp'));
    renameSync(join(volume, '..data_tmp'), join(volume, '..data'));
    await settle();
    expect(changes).toEqual(['from the ConfigMap']);
    expect(errors).toEqual([]);
  });

  it('reports a file that is gone, and offers nothing after close', async () => {
    unlinkSync(path);
    await settle();
    expect(errors.map((error) => (error as NodeJS.ErrnoException).code)).toEqual(['ENOENT']);
    watching.close();
    writeFileSync(path, 'after close');
    await settle();
    expect(changes).toEqual([]);
  });
});
