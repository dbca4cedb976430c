import { Counter, Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

/** Whether a new supergraph was taken: `applied` (now serving) or `refused` (the previous one keeps serving). */
export type ReloadOutcome = 'applied' | 'refused';

/** Where a new supergraph comes from. */
export type SupergraphSource = 'file' | 'url' | 'call';

export interface ReloadMetrics {
  reloaded(outcome: ReloadOutcome): void;
  /** The supergraph now serving. */
  serving(hash: string, loadedAtMs: number): void;
  /** A source could not be read (the file, the URL): nothing was offered, the previous supergraph keeps serving. */
  sourceFailed(source: SupergraphSource): void;
}

/** The reload metrics, in the registry the gateways share (GET /metrics). */
export function reloadMetrics(registry: Registry): ReloadMetrics {
  const registers = [registry];
  const reloads = new Counter({
    name: 'c360_supergraph_reloads_total',
    help: 'New supergraphs offered to the running gateway, by result: applied (now serving) or refused (invalid, or its gateway failed to start; the previous one keeps serving).',
    labelNames: ['result'] as const,
    registers,
  });
  const info = new Gauge({
    name: 'c360_supergraph_info',
    help: 'The supergraph serving: 1, labelled with its hash (the first 16 hex digits of its sha256, as GET /ready shows it).',
    labelNames: ['hash'] as const,
    registers,
  });
  const loadedAt = new Gauge({
    name: 'c360_supergraph_loaded_timestamp_seconds',
    help: 'When the supergraph serving was loaded, in seconds since the Unix epoch.',
    registers,
  });
  const sourceErrors = new Counter({
    name: 'c360_supergraph_source_errors_total',
    help: 'Failed reads of a supergraph source (file: SUPERGRAPH_PATH, url: SUPERGRAPH_URL); the supergraph serving stays.',
    labelNames: ['source'] as const,
    registers,
  });
  return {
    reloaded: (outcome) => reloads.inc({ result: outcome }),
    serving(hash, loadedAtMs) {
      info.reset();
      info.set({ hash }, 1);
      loadedAt.set(loadedAtMs / 1000);
    },
    sourceFailed: (source) => sourceErrors.inc({ source }),
  };
}
