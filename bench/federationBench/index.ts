// The federation workload's four subgraphs in one process of their own, spawned by spawnFederationHost.ts: the one
// file here that listens for good (startFederationHost.ts only builds). It reads no settings.
import { onShutdown } from '../../platform/http/shutdown';
import { FEDERATION_READY_PREFIX } from './spawnFederationHost';
import { startFederationHost } from './startFederationHost';

async function main(): Promise<void> {
  const host = await startFederationHost();
  console.log(`${FEDERATION_READY_PREFIX}${JSON.stringify(host.ready)}`);
  onShutdown(
    () => host.stop(),
    () => undefined,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
