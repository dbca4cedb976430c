import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintDevToken } from '../../../gateway/auth/devToken';
import type { DevTokenOptions } from '../../../gateway/auth/devToken';

/** The repository: deploy/compose/*.sh run from here. */
export const ROOT = join(__dirname, '..', '..', '..');
const COMPOSE_FILE = join(ROOT, 'deploy', 'compose', 'docker-compose.yml');

/** Ports away from the defaults (8080, 4101, …), so a topology a developer left running does not collide. */
export const PORTS = { http: 18080, gateway1: 18101, gateway2: 18102, postgres: 18432, redis: 18379, stats: 18404 };

/** The compose file's local secrets, set here so the tests can sign tokens the gateways accept. */
const JWT = {
  secret: `containers-test-jwt-${randomUUID()}`,
  issuer: 'c360-containers-test',
  audience: 'c360-containers',
};

export interface Topology {
  /** The compose project: every container, network and volume is named after it. */
  project: string;
  /** The folder mounted into both gateways at /etc/c360/supergraph (SUPERGRAPH_PATH is supergraph.graphql in it). */
  supergraphDir: string;
  env: NodeJS.ProcessEnv;
  /** http://127.0.0.1:<port>/graphql of the balancer, gateway1 or gateway2. */
  url(target: 'balancer' | 'gateway1' | 'gateway2'): string;
  /** docker-compose on the topology's project and file; `env` adds variables (e.g. another C360_APP_IMAGE). */
  compose(args: string[], timeoutMs?: number, env?: NodeJS.ProcessEnv): Promise<string>;
  /** Writes the supergraph the gateways watch, atomically (a temp file renamed over it, as editors do). */
  writeSupergraph(sdl: string): void;
  /** `{ authorization }` for a token of `role`, signed with the topology's JWT secret. */
  authHeader(options?: DevTokenOptions | DevTokenOptions['role']): Promise<{ authorization: string }>;
}

/** Runs a command; rejects with its output when it fails or outlives `timeoutMs`. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: ROOT, env: options.env ?? process.env, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve(`${stdout}${stderr}`);
      },
    );
  });
}

/**
 * The compose topology (deploy/compose) under its own project name and ports, with the supergraph in a folder of
 * the test's: `up` builds the images (deploy/compose/up.sh) and waits until every service is healthy.
 */
export function topology(initialSupergraph: string): Topology {
  const project = `c360test${process.pid}`;
  const supergraphDir = mkdtempSync(join(tmpdir(), 'c360-supergraph-'));
  // the gateways run as uid 10001: the folder and the file must be readable by them
  chmodSync(supergraphDir, 0o755);
  const tokens = new Map<string, Promise<string>>();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    C360_PROJECT: project,
    C360_APP_IMAGE: 'c360/app:containers-test',
    C360_HTTP_PORT: String(PORTS.http),
    C360_GATEWAY1_PORT: String(PORTS.gateway1),
    C360_GATEWAY2_PORT: String(PORTS.gateway2),
    C360_POSTGRES_PORT: String(PORTS.postgres),
    C360_REDIS_PORT: String(PORTS.redis),
    C360_STATS_PORT: String(PORTS.stats),
    C360_SUPERGRAPH_DIR: supergraphDir,
    C360_JWT_SECRET: JWT.secret,
    C360_JWT_ISSUER: JWT.issuer,
    C360_JWT_AUDIENCE: JWT.audience,
    C360_SEED_CUSTOMERS: '200',
    C360_LOG_LEVEL: 'warn',
  };
  const self: Topology = {
    project,
    supergraphDir,
    env,
    url: (target) => {
      const port = target === 'balancer' ? PORTS.http : PORTS[target];
      return `http://127.0.0.1:${port}/graphql`;
    },
    compose: (args, timeoutMs, extra = {}) =>
      run('docker-compose', ['-p', project, '-f', COMPOSE_FILE, ...args], {
        env: { ...env, ...extra },
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
    writeSupergraph(sdl) {
      const temp = join(supergraphDir, `.supergraph.${randomUUID()}.tmp`);
      writeFileSync(temp, sdl, { mode: 0o644 });
      renameSync(temp, join(supergraphDir, 'supergraph.graphql'));
    },
    async authHeader(options = 'supervisor') {
      const resolved = typeof options === 'string' ? { role: options } : options;
      const key = JSON.stringify(resolved);
      let token = tokens.get(key);
      if (!token) {
        token = mintDevToken({ ...resolved, secret: JWT.secret, issuer: JWT.issuer, audience: JWT.audience });
        tokens.set(key, token);
      }
      return { authorization: `Bearer ${await token}` };
    },
  };
  self.writeSupergraph(initialSupergraph);
  return self;
}

/** Builds the images and starts the topology (deploy/compose/up.sh), bounded by `timeoutMs`. */
export async function up(topo: Topology, timeoutMs: number): Promise<string> {
  try {
    return await run('bash', [join(ROOT, 'deploy', 'compose', 'up.sh')], { env: topo.env, timeoutMs });
  } catch (error) {
    // what the services said, before afterAll removes them
    const logs = await topo.compose(['logs', '--no-color', '--tail', '30']).catch((failed: Error) => failed.message);
    const health = await states(topo).catch(() => []);
    throw new Error(`${(error as Error).message}\n${JSON.stringify(health)}\n${logs}`, { cause: error });
  }
}

/** Stops and removes every container, network and volume of the topology, and the supergraph folder. */
export async function down(topo: Topology): Promise<void> {
  await topo.compose(['down', '-v', '--remove-orphans', '-t', '20'], 180_000).catch((error: unknown) => {
    console.error((error as Error).message);
  });
  rmSync(topo.supergraphDir, { recursive: true, force: true });
}

/** The container id of `service` (the one running). */
export async function containerId(topo: Topology, service: string): Promise<string> {
  const id = (await topo.compose(['ps', '-q', service])).trim().split('\n')[0];
  if (!id) throw new Error(`${service} has no container in ${topo.project}`);
  return id;
}

/** `docker inspect -f <format>` of a container. */
export async function inspect(id: string, format: string): Promise<string> {
  return (await run('docker', ['inspect', '-f', format, id])).trim();
}

/** Every container of the topology: its service, state and health (`-` when it has no health check). */
export async function states(
  topo: Topology,
): Promise<{ service: string; status: string; health: string; exitCode: number }[]> {
  const ids = (await topo.compose(['ps', '-q'])).trim().split('\n').filter(Boolean);
  return Promise.all(
    ids.map(async (id) => {
      const [service = '', status = '', health = '', code = ''] = (
        await inspect(
          id,
          '{{index .Config.Labels "com.docker.compose.service"}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}-{{end}} {{.State.ExitCode}}',
        )
      ).split(' ');
      return { service, status, health, exitCode: Number(code) };
    }),
  );
}

/** Polls `check` every 250 ms until it returns a value, or throws after `timeoutMs` naming `what`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${timeoutMs} ms${last ? ` (last error: ${(last as Error).message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits until `service`'s container is running and its health check passes. */
export function waitHealthy(topo: Topology, service: string, timeoutMs = 60_000): Promise<true> {
  return waitFor(
    `${service} healthy`,
    async () => {
      const state = (await states(topo)).find((entry) => entry.service === service);
      return state?.status === 'running' && state.health === 'healthy' ? true : undefined;
    },
    timeoutMs,
  );
}
