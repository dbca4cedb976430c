import express from 'express';
import type { ConsoleClientConfig as ConsoleReads } from '../../../console/src/auth/consoleConfig';
import { consoleRouter } from '../../../gateway/console';
import type { ConsoleClientConfig as GatewaySends, ConsoleRouterOptions } from '../../../gateway/console';
import { listen } from '../../../platform/http/listen';

// The console cannot import the gateway, so the shape of /console/config.json is written twice. These types fail
// `npm run typecheck` (tsc -p . checks test/) when the two drift apart.

/** Compiles only when every config the gateway can send is one the console reads. */
type Accepts<Sent extends ConsoleReads> = Sent;
export type GatewayConfigFitsTheConsole = Accepts<GatewaySends>;

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** … and the console waits for no sign-in mode the gateway never sends. */
const modesAgree: Same<GatewaySends['auth']['mode'], ConsoleReads['auth']['mode']> = true;

/** The fields the console reads for each mode (console/src/auth): the gateway must send exactly these. */
const FIELDS = {
  dev: ['devTokenUrl', 'mode', 'roles'],
  oidc: ['authority', 'clientId', 'mode', 'scope'],
  off: ['mode'],
  unconfigured: ['fix', 'mode'],
} as const satisfies {
  [Mode in ConsoleReads['auth']['mode']]: readonly (keyof Extract<ConsoleReads['auth'], { mode: Mode }>)[];
};

const BASE: ConsoleRouterOptions = {
  dir: '/nonexistent',
  embedOrigins: [],
  devTokenUrl: undefined,
  authOff: false,
  issuer: 'https://login.example.com',
  graphqlPath: '/graphql',
  streamPath: '/graphql/stream',
  webSocketPath: '/graphql/ws',
};

describe("Console config: what the gateway's /console/config.json sends is what the console reads", () => {
  it('agrees on the sign-in modes (checked by the compiler)', () => {
    expect(modesAgree).toBe(true);
  });

  it.each([
    ['dev', { devTokenUrl: '/playground/dev-token' }],
    ['oidc', { oidc: { clientId: 'console-spa', scope: 'openid' } }],
    ['off', { authOff: true }],
    ['unconfigured', {}],
  ] as const)('sends exactly the fields the console reads in %s mode', async (mode, overrides) => {
    const app = express().use(consoleRouter({ ...BASE, ...overrides }));
    const http = await listen(app, { port: 0, host: '127.0.0.1' });
    try {
      const config = (await (await fetch(`${http.origin}/console/config.json`)).json()) as ConsoleReads;
      expect(config.auth.mode).toBe(mode);
      expect(Object.keys(config.auth).sort()).toEqual(FIELDS[mode]);
      expect(Object.keys(config).sort()).toEqual(['auth', 'graphqlPath', 'streamPath', 'webSocketPath']);
    } finally {
      await http.close();
    }
  });
});
