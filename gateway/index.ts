// The gateway alone, in front of subgraphs that run elsewhere (`npm run subgraph -- <name>` or real deployments).
// The only file in gateway/ that reads the environment and listens. `npm start` (stack/index.ts) runs the
// subgraphs and the gateway together instead.
import { devTokenSource } from './auth';
import { parseGatewayConfig } from './config';
import { ConfigError } from '../platform/settings';
import { createGateway, GRAPHQL_PATH } from './createGateway';
import { listen } from '../platform/http/listen';
import { createLogger, logInternalError, requestLog } from './observability';
import { loadSavedOperations } from './playground/savedOperations';
import { onShutdown } from '../platform/http/shutdown';

async function main(): Promise<void> {
  const config = parseGatewayConfig(process.env);
  // what listens, logs and drains stays here; the settings go to createGateway as they were read
  const { port, host, logLevel, drainMs, entityCache, ...settings } = config;
  const log = createLogger({ level: logLevel, base: { service: 'gateway' } });
  const gateway = await createGateway({
    ...settings,
    entityCache: { config: entityCache },
    operations: loadSavedOperations(),
    title: 'Customer 360',
    // the role switcher, outside production only (devTokenSource needs the dev secret, which production refuses)
    playground: { devTokens: devTokenSource(config.auth) },
    log,
    // both run inside the request, so requestLog's lines carry its id
    onSubgraphFailure: (service, failure) =>
      requestLog(log).warn({ subgraph: service, code: failure.code, detail: failure.detail }, 'subgraph call failed'),
    onInternalError: logInternalError(log),
  });
  const http = await listen(gateway.app, { port, host });
  for (const { name, url } of config.supergraph.subgraphs) {
    console.log(`  ${name.padEnd(12)} ${config.subgraphUrls[name] ?? url}`);
  }
  console.log(`Gateway ready: ${http.origin}${GRAPHQL_PATH} (open it in a browser for the playground)`);
  onShutdown(async () => {
    await http.close(drainMs);
    await gateway.stop();
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
