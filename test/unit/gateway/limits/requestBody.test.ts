import express from 'express';
import type { RequestHandler } from 'express';
import { listen } from '../../../../platform/http/listen';
import type { Listening } from '../../../../platform/http/listen';
import { requestBodyErrorHandler, requestBodyMiddleware } from '../../../../gateway/limits';

describe('Limits: request bodies are size-limited and batches counted before Apollo sees them', () => {
  let http: Listening;
  beforeAll(async () => {
    const app = express();
    const limits = { maxBodyBytes: 100, maxBatch: 2 };
    const echo: RequestHandler = (req, res) => {
      const body: unknown = req.body;
      res.json({ received: Array.isArray(body) ? body.length : 1 });
    };
    app.use('/graphql', ...requestBodyMiddleware(limits), echo, requestBodyErrorHandler(limits));
    http = await listen(app, { port: 0, host: '127.0.0.1' });
  });
  afterAll(() => http.close());

  const post = async (body: string) => {
    const response = await fetch(`${http.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it('passes a batch within the limit on to Apollo', async () => {
    expect(await post('[{"query":"{a}"},{"query":"{b}"}]')).toEqual({ status: 200, body: { received: 2 } });
  });

  it('refuses a larger batch with BATCH_TOO_LARGE, naming the limit', async () => {
    expect(await post('[{"query":"{a}"},{"query":"{b}"},{"query":"{c}"}]')).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message:
              'The request is a batch of 3 operations; the gateway accepts at most 2 per request. Split it into smaller batches.',
            extensions: { code: 'BATCH_TOO_LARGE' },
          },
        ],
      },
    });
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const { status, body } = await post(JSON.stringify({ query: `{ ${'a '.repeat(100)}}` }));
    expect(status).toBe(413);
    expect(body).toEqual({
      errors: [
        {
          message:
            'The request body is larger than 100 bytes, the most the gateway accepts. Send a smaller request: a shorter query, smaller variables, or several requests.',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
  });
});
