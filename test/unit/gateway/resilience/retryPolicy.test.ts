import { backoffDelayMs, mayRetry, operationKindOf } from '../../../../gateway/resilience/retryPolicy';

const options = { retries: 2, baseDelayMs: 100, maxDelayMs: 300 };

describe('retry policy', () => {
  it.each([
    ['query Story__crm__0($id: ID!) { customer(id: $id) { name } }', 'query'],
    ['{ customer(id: "cus_1") { name } }', 'query'],
    ['  # a comment\n  query { a }', 'query'],
    ['mutation Open__tickets__0($input: OpenTicketInput!) { openTicket(input: $input) { id } }', 'mutation'],
    ['\n mutation { a }', 'mutation'],
    ['subscription { a }', 'subscription'],
  ])('reads the operation kind of %j as %s', (query, kind) => {
    expect(operationKindOf(query)).toBe(kind);
  });

  it('retries a query up to the configured number of retries, on retryable failures only', () => {
    expect(mayRetry('query', 1, true, options)).toBe(true);
    expect(mayRetry('query', 2, true, options)).toBe(true);
    expect(mayRetry('query', 3, true, options)).toBe(false);
    expect(mayRetry('query', 1, false, options)).toBe(false);
    expect(mayRetry('query', 1, true, { ...options, retries: 0 })).toBe(false);
  });

  it('never retries a mutation, whatever the failure', () => {
    expect(mayRetry('mutation', 1, true, options)).toBe(false);
    expect(mayRetry('subscription', 1, true, options)).toBe(false);
  });

  it('backs off exponentially with full jitter, capped at the maximum', () => {
    const top = () => 0.999_999;
    expect(backoffDelayMs(1, options, top)).toBe(99);
    expect(backoffDelayMs(2, options, top)).toBe(199);
    expect(backoffDelayMs(3, options, top)).toBe(299); // 400 capped at 300
    expect(backoffDelayMs(8, options, top)).toBe(299);
    expect(backoffDelayMs(3, options, () => 0)).toBe(0);
    expect(backoffDelayMs(2, options, () => 0.5)).toBe(100);
  });
});
