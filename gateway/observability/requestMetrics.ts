import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { currentRequestScope } from '../../platform/observability';
import type { GatewayMetrics } from './gatewayMetrics';

/**
 * Mounted first on the GraphQL endpoint: counts and times every request there, whatever answers it (Apollo, the
 * token check, the body limits), labelled with the operation metricsPlugin resolved, if any.
 */
export function requestMetrics(metrics: GatewayMetrics): RequestHandler {
  return (_req, res, next) => {
    const started = performance.now();
    const scope = currentRequestScope();
    let recorded = false;
    const done = () => {
      if (recorded) return;
      recorded = true;
      metrics.recordRequest(scope?.operationName, res.statusCode, (performance.now() - started) / 1000);
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
