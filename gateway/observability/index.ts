// The gateway's logs, request ids, metrics and traces. Logs and request ids are shared with the subgraphs
// (subgraphs/shared/observability); metrics and tracing are the gateway's own.
export {
  createLogger,
  logInternalError,
  parseLogLevel,
  requestLog,
  requestLogging as requestIdMiddleware,
  REQUEST_ID_HEADER,
} from '../../subgraphs/shared/observability';
export type { LogLevel, ObservedLocals } from '../../subgraphs/shared/observability';
export { ANONYMOUS_OPERATION, CIRCUIT_STATE_VALUE, createGatewayMetrics } from './gatewayMetrics';
export type { GatewayMetrics, GatewayMetricsOptions } from './gatewayMetrics';
export { metricsHandler } from './metricsHandler';
export { readLogLevel } from './readLogLevel';
export { metricsPlugin } from './metricsPlugin';
export { requestMetrics } from './requestMetrics';
export { defaultServiceName, startTracing, stopTracing, tracingRequested } from './tracing';
export type { Tracing } from './tracing';
