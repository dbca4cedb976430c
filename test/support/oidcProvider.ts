import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

/** What the provider's client and tokens look like (test/support/oidcProviderProcess.mjs reads it as one JSON line). */
export interface OidcProviderSettings {
  clientId: string;
  /** The console's /console/callback on the gateway under test. */
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** The access tokens' `aud`: the gateway's JWT_AUDIENCE. */
  audience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Who may sign in (any name typed at the login page that is listed here), with the claims their tokens carry. */
  accounts: Record<string, { role: 'agent' | 'supervisor' | 'analyst'; team?: string; name: string }>;
}

export interface TestOidcProvider {
  /** e.g. http://127.0.0.1:41234: the gateway's JWT_ISSUER and the console's authority. */
  issuer: string;
  /** Where the provider publishes its signing keys (the gateway's JWT_JWKS_URL). */
  jwksUri: string;
  /** Registers the client and accounts; the provider answers 503 until then. */
  configure(settings: OidcProviderSettings): Promise<void>;
  /** Ends the process (by its pid) and waits for it to exit. */
  stop(): Promise<void>;
}

const SCRIPT = join(__dirname, 'oidcProviderProcess.mjs');
const START_TIMEOUT_MS = 20_000;

/**
 * Starts oidc-provider in a child process (it is ESM-only; jest runs CommonJS) on a free port. Two steps, because
 * the gateway needs the issuer before it starts and the provider needs the gateway's origin for its redirect URIs:
 * start this, start the gateway with `issuer`, then `configure` with the gateway's URLs.
 */
export async function startOidcProvider(): Promise<TestOidcProvider> {
  const child = spawn(process.execPath, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const messages: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      output.push(line);
      try {
        messages.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a message: kept for the error report
      }
    }
    waiters.splice(0).forEach((wake) => wake());
  });
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const next = (key: string) => waitFor(child, messages, waiters, output, key);
  const { issuer } = (await next('issuer').catch(async (error: unknown) => {
    await stopChild(child);
    throw error;
  })) as { issuer: string };
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    async configure(settings) {
      child.stdin.write(`${JSON.stringify(settings)}\n`);
      await next('ready');
    },
    stop: () => stopChild(child),
  };
}

function waitFor(
  child: ChildProcessWithoutNullStreams,
  messages: Record<string, unknown>[],
  waiters: (() => void)[],
  output: string[],
  key: string,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(`The test OIDC provider did not say "${key}" within ${START_TIMEOUT_MS} ms:\n${output.join('\n')}`),
      );
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`The test OIDC provider exited (${code}) before saying "${key}":\n${output.join('\n')}`));
    };
    child.once('exit', onExit);
    const check = () => {
      const message = messages.find((candidate) => key in candidate);
      if (message) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(message);
      } else waiters.push(check);
    };
    check();
  });
}

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  return exited;
}
