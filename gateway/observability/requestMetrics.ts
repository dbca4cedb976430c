import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { currentRequestScope } from '../../platform/observability';
import type { GatewayMetrics } from './gatewayMetrics';

/**
 * Mounted first on the GraphQL endpoint: counts and times every request there, whatever answers it (Apollo, the
 * token check, the body limits), labelled with the operation metricsPlugin resolved, if any.
 *
 * `until: 'headers'` (the live stream endpoint) times a request until its answer's head is written: a refusal as
 * any request, an event stream until it opened — a stream lives for hours, and timing it to its end would fill the
 * request-duration histogram's top bucket with subscriptions (the live metrics count those).
 */
export function requestMetrics(
  metrics: GatewayMetrics,
  { until = 'end' }: { until?: 'end' | 'headers' } = {},
): RequestHandler {
  return (_req, res, next) => {
    const started = performance.now();
    const scope = currentRequestScope();
    let recorded = false;
    const done = () => {
      if (recorded) return;
      recorded = true;
      metrics.recordRequest(scope?.operationName, res.statusCode, (performance.now() - started) / 1000);
    };
    if (until === 'headers') {
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
      res.writeHead = ((...args: unknown[]) => {
        const written = writeHead(...args);
        done();
        return written;
      }) as typeof res.writeHead;
    }
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
