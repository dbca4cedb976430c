// The gateway's logs, request ids, metrics and traces. Logs and request ids are shared with the subgraphs
// (platform/observability); metrics and tracing are the gateway's own.
export {
  createLogger,
  logInternalError,
  requestLog,
  requestLogging as requestIdMiddleware,
  REQUEST_ID_HEADER,
} from '../../platform/observability';
export type { LogLevel, ObservedLocals } from '../../platform/observability';
export { ANONYMOUS_OPERATION, CIRCUIT_STATE_VALUE, createGatewayMetrics } from './gatewayMetrics';
export type { GatewayMetrics, GatewayMetricsOptions } from './gatewayMetrics';
export { metricsHandler } from './metricsHandler';
export { metricsPlugin } from './metricsPlugin';
export { requestMetrics } from './requestMetrics';
export { defaultServiceName, startTracing, stopTracing, tracingRequested } from '../../platform/observability/tracing';
export type { Tracing } from '../../platform/observability/tracing';
