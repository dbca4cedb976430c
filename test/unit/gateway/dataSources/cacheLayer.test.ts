import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheLayer } from '../../../../gateway/dataSources/cacheLayer';
import { createEntityCache } from '../../../../gateway/dataSources/cache';
import { INVALIDATED_EXTENSION } from '../../../../platform/changeEvents';
import { scriptedInner, subgraphRequest } from './subgraphRequest';

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const QUERY = '{ ticketByNumber(number: "T-100001") { __typename id number status } }';
const TICKET = { data: { ticketByNumber: { __typename: 'Ticket', id: 'tkt_1', number: 'T-100001', status: 'OPEN' } } };

const memoryCache = () =>
  createEntityCache({ config: { mode: 'memory', maxEntries: 10, prefix: 'unused:' }, supergraphSdl: SUPERGRAPH });

describe('Cache layer: the entity cache in front of the layers below', () => {
  it('answers a hit without calling the layer below', async () => {
    const running = await memoryCache();
    const inner = scriptedInner(TICKET);
    const fetch = cacheLayer('tickets', running)(inner.fetch);
    await expect(fetch(subgraphRequest(QUERY))).resolves.toEqual(TICKET);
    await expect(fetch(subgraphRequest(QUERY))).resolves.toEqual(TICKET);
    expect(inner.calls).toHaveLength(1);
    await running?.close();
  });

  it('drops what a mutation says it changed before passing its answer on', async () => {
    const running = await memoryCache();
    const inner = scriptedInner(TICKET);
    const fetch = cacheLayer('tickets', running)(inner.fetch);
    await fetch(subgraphRequest(QUERY));
    const mutation = scriptedInner({
      data: { closeTicket: { id: 'tkt_1' } },
      extensions: { [INVALIDATED_EXTENSION]: ['tickets/Ticket:id=tkt_1'] },
    });
    await cacheLayer('tickets', running)(mutation.fetch)(
      subgraphRequest('mutation { closeTicket(id: "tkt_1") { id } }'),
    );
    await fetch(subgraphRequest(QUERY));
    expect(inner.calls).toHaveLength(2);
    await running?.close();
  });

  it('is no layer at all without a cache', async () => {
    const inner = scriptedInner(TICKET);
    expect(cacheLayer('tickets', undefined)(inner.fetch)).toBe(inner.fetch);
  });
});
