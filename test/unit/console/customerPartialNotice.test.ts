import { partialNoticeSentences } from '../../../console/src/customer/partialNotice';

describe('Customer page: what a partial page says is missing', () => {
  it('names the section and the system the gateway says is unavailable', () => {
    expect(
      partialNoticeSentences([
        {
          message: 'The logistics service is unavailable.',
          code: 'SUBGRAPH_UNAVAILABLE',
          service: 'logistics',
          path: 'customer.orders.edges.0.node.shipments',
        },
      ]),
    ).toEqual(['Parcels could not be loaded (logistics is unavailable).', 'The rest of the page is current.']);
  });

  it('says each failed system once, however many fields it left empty', () => {
    const errors = [
      { message: 'x', service: 'inventory', path: 'customer.orders.edges.0.node.lines.0.product' },
      { message: 'x', service: 'inventory', path: 'customer.orders.edges.1.node.lines.0.product' },
      { message: 'x', service: 'tickets', path: 'customer.tickets' },
    ];
    expect(partialNoticeSentences(errors)).toEqual([
      'Stock levels could not be loaded (inventory is unavailable).',
      'Tickets could not be loaded (tickets is unavailable).',
      'The rest of the page is current.',
    ]);
  });

  it('falls back to the innermost field of the path, then to "part of the page", without a service name', () => {
    expect(partialNoticeSentences([{ message: 'x', path: 'customer.orders.edges.0.node.shipments' }])).toEqual([
      'Parcels could not be loaded.',
      'The rest of the page is current.',
    ]);
    expect(partialNoticeSentences([{ message: 'x' }])).toEqual([
      'Part of the page could not be loaded.',
      'The rest of the page is current.',
    ]);
  });

  it('says nothing when nothing failed', () => {
    expect(partialNoticeSentences([])).toEqual([]);
  });
});
