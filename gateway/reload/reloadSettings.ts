import { booleanVariable, durationVariable, httpUrlVariable, readVariables } from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';

/** Where a running gateway looks for a new supergraph (SUPERGRAPH_WATCH, SUPERGRAPH_URL, SUPERGRAPH_POLL_INTERVAL). */
export interface SupergraphReloadSettings {
  /** SUPERGRAPH_WATCH: reload when the file at SUPERGRAPH_PATH changes. */
  watch: boolean;
  /** SUPERGRAPH_URL: a supergraph to poll (with If-None-Match); undefined: none. */
  url: string | undefined;
  /** SUPERGRAPH_POLL_INTERVAL, in ms: how often `url` is asked. */
  pollIntervalMs: number;
}

export const DEFAULT_POLL_INTERVAL_S = 30;

export const DEFAULT_RELOAD_SETTINGS: Readonly<SupergraphReloadSettings> = {
  watch: true,
  url: undefined,
  pollIntervalMs: DEFAULT_POLL_INTERVAL_S * 1000,
};

/** Reads the SUPERGRAPH_* reload variables; issues are returned for parseGatewayConfig to report with the others. */
export function readSupergraphReloadVariables(env: Env): { reload: SupergraphReloadSettings; issues: EnvIssue[] } {
  const { values, issues } = readVariables(env, {
    SUPERGRAPH_WATCH: {
      schema: booleanVariable(DEFAULT_RELOAD_SETTINGS.watch),
      fix: 'Set SUPERGRAPH_WATCH to true (the default: a changed SUPERGRAPH_PATH file is served without a restart) or false',
    },
    SUPERGRAPH_URL: {
      schema: httpUrlVariable(),
      fix: 'Set SUPERGRAPH_URL to the http(s) URL a composed supergraph is published at, or unset it to read only SUPERGRAPH_PATH',
    },
    SUPERGRAPH_POLL_INTERVAL: {
      // under a second is a load test on the schema registry; over a day is no polling
      schema: durationVariable(DEFAULT_POLL_INTERVAL_S, { min: 1, max: 86_400 }),
      fix: `Set SUPERGRAPH_POLL_INTERVAL to how often SUPERGRAPH_URL is asked, e.g. ${DEFAULT_POLL_INTERVAL_S}s or 5m`,
    },
  });
  return {
    issues,
    reload: {
      watch: values.SUPERGRAPH_WATCH,
      url: values.SUPERGRAPH_URL,
      pollIntervalMs: values.SUPERGRAPH_POLL_INTERVAL * 1000,
    },
  };
}
