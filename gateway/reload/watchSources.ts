import type { SupergraphSource } from './reloadMetrics';
import type { SupergraphReloadSettings } from './reloadSettings';
import { pollSupergraphUrl } from './pollSupergraphUrl';
import { watchSupergraphFile } from './watchSupergraphFile';

export interface WatchSourcesOptions {
  settings: SupergraphReloadSettings & { debounceMs?: number | undefined };
  /** The supergraph file (SUPERGRAPH_PATH). */
  path: string;
  /** The text serving now. */
  initial: string;
  offer(sdl: string, source: SupergraphSource, origin: string): void;
  failed(source: SupergraphSource, error: Error): void;
}

/** Starts what the settings ask for: the file watch (SUPERGRAPH_WATCH), the URL poll (SUPERGRAPH_URL). */
export function watchSources(options: WatchSourcesOptions): { close(): void } {
  const { settings } = options;
  const file =
    settings.watch &&
    watchSupergraphFile({
      path: options.path,
      initial: options.initial,
      debounceMs: settings.debounceMs,
      onChange: (sdl) => options.offer(sdl, 'file', options.path),
      onError: (error) => options.failed('file', error),
    });
  const url = settings.url;
  const poll =
    url !== undefined &&
    pollSupergraphUrl({
      url,
      intervalMs: settings.pollIntervalMs,
      onChange: (sdl) => options.offer(sdl, 'url', url),
      onError: (error) => options.failed('url', error),
    });
  return {
    close() {
      if (file) file.close();
      if (poll) poll.close();
    },
  };
}
