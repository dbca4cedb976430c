import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface SupergraphFileWatchOptions {
  path: string;
  /** The text the gateway serves already: a write that leaves it so offers nothing. */
  initial: string;
  /** Quiet time after the last change before the file is read: an editor or a compose writes in several steps. */
  debounceMs?: number;
  /** The file's new text, once it differs from the last one read. */
  onChange(sdl: string): void;
  /** The file could not be read (e.g. deleted), or the watch failed. */
  onError(error: Error): void;
}

export interface Watching {
  close(): void;
}

export const DEFAULT_DEBOUNCE_MS = 200;

/**
 * Watches the supergraph file's folder rather than the file: a tool that writes a new file and renames it over
 * the old one (editors, atomic writers) replaces the inode a file watch would follow, and the watch would go
 * deaf. Any event in the folder restarts the quiet-time timer, not only those naming the file: a Kubernetes
 * ConfigMap volume updates by swapping its `..data` symlink, so the file's own name never appears. Then the file
 * is read, and offered when its text changed since the last read (a change to another file offers nothing).
 */
export function watchSupergraphFile(options: SupergraphFileWatchOptions): Watching {
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let last = options.initial;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const read = async () => {
    timer = undefined;
    let sdl: string;
    try {
      sdl = await readFile(options.path, 'utf8');
    } catch (error) {
      if (!closed) options.onError(error as Error);
      return;
    }
    if (closed || sdl === last) return;
    last = sdl;
    options.onChange(sdl);
  };

  const watcher: FSWatcher = watch(dirname(options.path), { persistent: false }, () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void read(), debounceMs);
  });
  watcher.on('error', (error) => {
    if (!closed) options.onError(error);
  });

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
