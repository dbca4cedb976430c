// The gateway alone, in front of subgraphs that run elsewhere (`npm run subgraph -- <name>` or real deployments).
// The only file in gateway/ that reads the environment and listens. `npm start` (stack/index.ts) runs the
// subgraphs and the gateway together instead.
import { devTokenSource } from './auth';
import { parseGatewayConfig } from './config';
import { ConfigError } from '../platform/settings';
import { GRAPHQL_PATH } from './createGateway';
import { createReloadingGateway } from './reload';
import { listen } from '../platform/http/listen';
import { openChangeFeed } from '../platform/changeEvents';
import { LIVE_FIELDS } from './liveFields';
import { createLogger, logInternalError, requestLog } from './observability';
import { loadSavedOperations } from './playground/savedOperations';
import { onShutdown } from '../platform/http/shutdown';

async function main(): Promise<void> {
  const config = parseGatewayConfig(process.env);
  // what listens, logs and drains stays here; the settings go to createGateway as they were read
  const { port, host, logLevel, drainMs, entityCache, live, supergraph, supergraphReload, ...settings } = config;
  const log = createLogger({ level: logLevel, base: { service: 'gateway' } });
  // the subgraphs' changes, for live subscriptions: in Redis (the entity cache's REDIS_URL and prefix) when set
  const changeFeed = await openChangeFeed({
    redisUrl: entityCache.redisUrl,
    prefix: entityCache.prefix,
    connectionName: 'c360-gateway-changes',
    onError: (error) => log.warn({ err: error.message }, 'change feed failed'),
  });
  if (!entityCache.redisUrl) {
    log.warn(
      'REDIS_URL is not set: live subscriptions hear only changes made in this process, i.e. none from subgraphs running elsewhere. Set REDIS_URL (the subgraphs too) to share one change feed.',
    );
  }
  // one gateway per supergraph, replaced when SUPERGRAPH_PATH (or SUPERGRAPH_URL) changes: gateway/reload
  const gateway = await createReloadingGateway({
    supergraph,
    sources: supergraphReload,
    drainMs,
    log,
    gateway: {
      ...settings,
      entityCache: { config: entityCache },
      changeFeed,
      live: { fields: LIVE_FIELDS, settings: live },
      operations: loadSavedOperations(),
      title: 'Customer 360',
      // the role switcher, outside production only (devTokenSource needs the dev secret, which production refuses)
      playground: { devTokens: devTokenSource(config.auth) },
      log,
      // both run inside the request, so requestLog's lines carry its id
      onSubgraphFailure: (service, failure) =>
        requestLog(log).warn({ subgraph: service, code: failure.code, detail: failure.detail }, 'subgraph call failed'),
      onInternalError: logInternalError(log),
    },
  });
  const http = await listen(gateway.handler, { port, host });
  // WebSocket subscriptions (/graphql/ws) upgrade on the same port
  gateway.attach(http.server);
  for (const { name, url } of supergraph.subgraphs) {
    console.log(`  ${name.padEnd(12)} ${config.subgraphUrls[name] ?? url}`);
  }
  console.log(`Gateway ready: ${http.origin}${GRAPHQL_PATH} (open it in a browser for the playground)`);
  console.log(`Console: ${http.origin}/console`);
  const watched = [supergraphReload.watch && supergraph.path, supergraphReload.url].filter(Boolean);
  if (watched.length > 0) console.log(`Supergraph reloads from: ${watched.join(', ')}`);
  onShutdown(async () => {
    // live streams never end by themselves: end them (each says why, with the id to resume from) before draining
    await gateway.closeStreams();
    await http.close(drainMs);
    await gateway.stop();
    await changeFeed.close();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
