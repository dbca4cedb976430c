import { request } from 'node:http';
import { listen } from '../../../platform/http/listen';

/** GET with Node's http client on a keep-alive agent, resolving with the status and body (or the socket error). */
function get(url: string): Promise<{ status?: number; body?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    req.on('error', (error) => resolve({ error: (error as NodeJS.ErrnoException).code ?? error.message }));
    req.end();
  });
}

describe('listen(): a closing server drains the requests in flight', () => {
  it('finishes a slow request in flight, refuses new connections, and resolves after the drain', async () => {
    let arrived: () => void = () => undefined;
    const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
    const http = await listen(
      (req, res) => {
        const delay = req.url === '/slow' ? 300 : 0;
        if (req.url === '/slow') arrived();
        setTimeout(() => res.end(`done ${req.url}`), delay);
      },
      { port: 0, host: '127.0.0.1' },
    );
    const inFlight = get(`${http.origin}/slow`);
    // the request has reached the server (a fixed wait was not enough on a busy machine: the close then reset it)
    await slowArrived;
    const started = Date.now();
    const closed = http.close(5_000);
    const late = await get(`${http.origin}/fast`);
    expect(late.error).toBe('ECONNREFUSED');
    expect(await inFlight).toEqual({ status: 200, body: 'done /slow' });
    await closed;
    const tookMs = Date.now() - started;
    expect(tookMs).toBeGreaterThanOrEqual(200);
    expect(tookMs).toBeLessThan(2_000); // the idle keep-alive connection did not hold it open
  });

  it('cuts off a request that outlives the drain, so a stop always ends', async () => {
    const http = await listen(() => undefined /* never answers */, { port: 0, host: '127.0.0.1' });
    const stuck = get(`${http.origin}/stuck`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await http.close(200);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await stuck).error).toBeDefined();
  });
});
