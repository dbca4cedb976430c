import { formatGatewayError, GatewayErrorCode } from '../../../gateway/formatGatewayError';
import { MAX_MESSAGE_LENGTH, shortenMessage } from '../../../gateway/shortenMessage';

const MEGABYTE = 1_000_000;

/** Milliseconds `run` takes. */
function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('formatGatewayError: linear in the message, whatever the caller sent', () => {
  it('formats a 1 MB message that quotes the caller in under 50 ms, keeping 64 characters of the quote', () => {
    const message = `${JSON.stringify('a'.repeat(MEGABYTE))} is not a valid id: expected cus_<number>, e.g. cus_1.`;
    let formatted = formatGatewayError({ message }, undefined);
    // twice: the first call may pay for compiling the regex
    const ms = timed(() => (formatted = formatGatewayError({ message }, undefined)));
    expect(ms).toBeLessThan(50);
    expect(formatted.message).toBe(`"${'a'.repeat(64)}…" is not a valid id: expected cus_<number>, e.g. cus_1.`);
  });

  it('formats 1 MB of scheme-like characters without a quote in under 50 ms', () => {
    // what made the old pattern quadratic: a long run of [a-z0-9+.-] that never reaches "://"
    for (const filler of ['a', 'a.', 'a1+-']) {
      const message = `Unknown value ${filler.repeat(MEGABYTE / filler.length)}`;
      formatGatewayError({ message }, undefined);
      const ms = timed(() => formatGatewayError({ message }, undefined));
      expect(ms).toBeLessThan(50);
    }
  });

  it('still hides an internal URL in a 1 MB message, quickly', () => {
    const url = 'http://10.0.3.7:4002/graphql';
    const message = `request to ${url} failed, reason: ${'a'.repeat(MEGABYTE)}`;
    const reported: unknown[] = [];
    const options = {
      report: (error: unknown) => reported.push(error),
      subgraphNamedIn: (text: string) => (text.includes(url) ? 'logistics' : undefined),
    };
    let formatted = formatGatewayError({ message }, 'original', options);
    const ms = timed(() => (formatted = formatGatewayError({ message }, 'original', options)));
    expect(ms).toBeLessThan(50);
    expect(formatted.extensions).toEqual({ code: GatewayErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: 'logistics' });
    expect(reported).toEqual(['original', 'original']);
    // past the length cap, a URL is cut off with the rest: not shown either way
    const late = formatGatewayError({ message: `${'a'.repeat(MEGABYTE)} request to ${url} failed` }, undefined);
    expect(JSON.stringify(late)).not.toMatch(/10\.0\.3\.7|http/);
  });

  it.each([
    ['request to http://10.0.3.7:4002/graphql failed, reason: socket hang up', 'crm'],
    ['connect ECONNREFUSED 127.0.0.1:4001', undefined],
    ['fetch failed', undefined],
    ['502: Bad Gateway', undefined],
    ['request to HTTPS://crm.internal/graphql failed', undefined],
  ])('hides the transport details of %j', (message, serviceName) => {
    const formatted = formatGatewayError({ message, extensions: serviceName ? { serviceName } : {} }, undefined);
    expect(formatted.extensions?.['code']).toBe(GatewayErrorCode.SUBGRAPH_UNAVAILABLE);
    expect(formatted.message).not.toContain(message);
  });

  it('leaves a message without transport details as it is, minus internal extensions', () => {
    const formatted = formatGatewayError(
      { message: 'Cannot query field "nam" on type "Customer".', extensions: { code: 'X', stacktrace: ['at …'] } },
      undefined,
    );
    expect(formatted).toEqual({ message: 'Cannot query field "nam" on type "Customer".', extensions: { code: 'X' } });
  });

  it.each([
    ['provided sha does not match query', GatewayErrorCode.PERSISTED_QUERY_HASH_MISMATCH],
    ['Unsupported persisted query version', GatewayErrorCode.PERSISTED_QUERY_VERSION_UNSUPPORTED],
  ])("gives Apollo's APQ refusal %j its own code and a message naming the fix", (message, code) => {
    const formatted = formatGatewayError({ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, undefined);
    expect(formatted.extensions?.['code']).toBe(code);
    expect(formatted.message).toMatch(/extensions\.persistedQuery/);
  });
});

describe('shortenMessage', () => {
  it('cuts every long quoted string to 64 characters and keeps short ones', () => {
    const long = 'b'.repeat(100);
    expect(shortenMessage(`Variable "$v" got invalid value "${long}"; ID cannot represent "${long}"`)).toBe(
      `Variable "$v" got invalid value "${'b'.repeat(64)}…"; ID cannot represent "${'b'.repeat(64)}…"`,
    );
  });

  it('skips escaped quotes and never cuts inside an escape or a surrogate pair', () => {
    const escaped = JSON.stringify(`${'x'.repeat(63)}"${'y'.repeat(10)}`);
    expect(shortenMessage(`got ${escaped}.`)).toBe(`got "${'x'.repeat(63)}…".`);
    const emoji = JSON.stringify(`${'x'.repeat(63)}😀${'y'.repeat(10)}`);
    expect(shortenMessage(`got ${emoji}.`)).toBe(`got "${'x'.repeat(63)}…".`);
    const unicode = JSON.stringify(`${'x'.repeat(60)}\u0001${'y'.repeat(10)}`);
    expect(shortenMessage(`got ${unicode}.`)).toBe(`got "${'x'.repeat(60)}…".`);
  });

  it('caps a message without quotes, or with an unterminated one, at MAX_MESSAGE_LENGTH', () => {
    expect(shortenMessage(`Expected a value, found ${'c'.repeat(MEGABYTE)}`)).toHaveLength(MAX_MESSAGE_LENGTH + 1);
    expect(shortenMessage(`found "${'c'.repeat(MEGABYTE)}`)).toHaveLength(MAX_MESSAGE_LENGTH + 1);
  });

  it('takes linear time on a megabyte of quotes', () => {
    const message = '"a" '.repeat(MEGABYTE / 4) + `"${'"'.repeat(10)}`;
    shortenMessage(message);
    expect(timed(() => shortenMessage(message))).toBeLessThan(100);
  });
});
