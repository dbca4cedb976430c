import { backoffDelayMs, operationKindOf } from '../../../../gateway/dataSources/retryPolicy';

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
