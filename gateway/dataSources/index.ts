// How the gateway calls a subgraph: one data source per subgraph, built of layers (createDataSource.ts), each a
// module of its own: cache → dedup → failure → retry → observe → breaker → deadline → signing → fetch.
export type { BreakerState, SubgraphHealth } from './breakerLayer';
export { createDataSource } from './createDataSource';
export type { DataSource, DataSourceOptions } from './createDataSource';
export { compose } from './layer';
export type { Layer, SubgraphFetch, SubgraphRequest } from './layer';
export type { FetchObserver, FetchOutcome } from './observeLayer';
export { DEFAULT_DRAIN_MS, DEFAULT_RESILIENCE } from './resilienceOptions';
export type { ResilienceOptions } from './resilienceOptions';
export { SubgraphDataSource } from './SubgraphDataSource';
export { SubgraphFailure } from './subgraphFailure';
export type { SubgraphFailureCode } from './subgraphFailure';
