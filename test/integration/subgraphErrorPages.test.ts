import { request } from 'node:http';
import { crmModule } from '../../subgraphs/crm/module';
import { listenSubgraph } from '../../subgraphs/shared/listenSubgraph';
import type { RunningSubgraph, SubgraphSecurity } from '../../subgraphs/shared/listenSubgraph';
import { openTestDatabases } from '../support/testDatabases';
import type { TestDatabases } from '../support/testDatabases';

interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** One raw HTTP request (fetch cannot send a GET with a body, nor a body with a made-up charset). */
function raw(url: string, method: string, headers: Record<string, string>, body?: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(url, { method, headers: { ...headers, ...length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const OVER_LIMIT = Buffer.alloc(6 * 1024 * 1024, 'a');

/** What a client may be sent in answer to a bad body: status, code, and the start of the message. */
const CASES: [string, number, string, RegExp, (url: string) => Promise<RawAnswer>][] = [
  ['malformed JSON', 400, 'BAD_REQUEST', /is not valid JSON/, (url) => raw(url, 'POST', JSON_TYPE, '{"query": ')],
  ['a JSON body that is not an object', 400, 'BAD_REQUEST', /JSON/, (url) => raw(url, 'POST', JSON_TYPE, '"x"')],
  [
    'a body over the 5 MB limit',
    413,
    'PAYLOAD_TOO_LARGE',
    /larger than 5mb/,
    (url) => raw(url, 'POST', JSON_TYPE, OVER_LIMIT),
  ],
  [
    'a text/plain body',
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    /reads only JSON bodies/,
    (url) => raw(url, 'POST', { 'content-type': 'text/plain' }, 'query { __typename }'),
  ],
  [
    'JSON in a charset body-parser does not read',
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    /UTF-8 only/,
    (url) => raw(url, 'POST', { 'content-type': 'application/json; charset=latin9' }, '{}'),
  ],
  [
    'a GET with a junk JSON body',
    400,
    'BAD_REQUEST',
    /is not valid JSON/,
    (url) => raw(url, 'GET', JSON_TYPE, '{{{junk'),
  ],
  [
    'JSON with a broken gzip encoding',
    400,
    'BAD_REQUEST',
    /could not be read/,
    (url) => raw(url, 'POST', { ...JSON_TYPE, 'content-encoding': 'gzip' }, 'not gzip at all'),
  ],
];

const SECURITY: [string, SubgraphSecurity][] = [
  ['signed', { mode: 'signed', signingSecret: 'an-error-page-signing-secret-of-40-chars' }],
  ['unsecured', { mode: 'unsecured' }],
];

// Express decides per app whether its error page shows the stack (`app.get('env')`, from NODE_ENV when the app is
// made): every answer below is checked with the subgraph started under both settings.
describe.each([
  ['NODE_ENV unset', undefined],
  ['NODE_ENV=production', 'production'],
])('Subgraph error answers (%s): a body it cannot read gets a small JSON error, never a stack', (_label, env) => {
  let databases: TestDatabases;
  const running = new Map<string, RunningSubgraph>();
  const saved = process.env['NODE_ENV'];

  beforeAll(async () => {
    databases = await openTestDatabases('pglite');
    if (env === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = env;
    try {
      for (const [mode, security] of SECURITY)
        running.set(mode, await listenSubgraph(crmModule, databases.dbs.crm, { port: 0, security }));
    } finally {
      process.env['NODE_ENV'] = saved;
    }
  }, 120_000);
  afterAll(async () => {
    for (const subgraph of running.values()) await subgraph.stop();
    await databases?.close();
  });

  describe.each(SECURITY.map(([mode]) => mode))('%s', (mode) => {
    it.each(CASES)('answers %s with %i %s', async (_what, status, code, message, send) => {
      const answer = await send(running.get(mode)?.url ?? '');
      expect({ status: answer.status, contentType: answer.contentType }).toEqual({
        status,
        contentType: 'application/json; charset=utf-8',
      });
      expect(JSON.parse(answer.text)).toEqual({
        errors: [{ message: expect.stringMatching(message), extensions: { code, service: 'crm' } }],
      });
      expect(answer.text).not.toMatch(/\bat \S/);
      expect(answer.text).not.toMatch(/\/work|node_modules|\.ts:\d/);
      expect(answer.text.length).toBeLessThan(400);
    });
  });
});
