// Hot reload of the supergraph: one gateway per supergraph (a generation), swapped without a restart when the
// file at SUPERGRAPH_PATH or the supergraph at SUPERGRAPH_URL changes.
export { createReloadingGateway } from './createReloadingGateway';
export type { ReloadEvent, ReloadingGateway, ReloadingGatewayOptions, ReloadResult } from './createReloadingGateway';
export { pollSupergraphUrl } from './pollSupergraphUrl';
export type { Polling, SupergraphPollOptions } from './pollSupergraphUrl';
export type { ReloadOutcome, SupergraphSource } from './reloadMetrics';
export { DEFAULT_RELOAD_SETTINGS, readSupergraphReloadVariables } from './reloadSettings';
export type { SupergraphReloadSettings } from './reloadSettings';
export { watchSupergraphFile } from './watchSupergraphFile';
export type { SupergraphFileWatchOptions, Watching } from './watchSupergraphFile';
