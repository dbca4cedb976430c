import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachePolicy, entityKey, fetchKey, fetchShape, visibilityOf } from '../../../../../gateway/dataSources/cache';
import { representationTags } from '../../../../../gateway/dataSources/cache/representationTags';
import { entityTag } from '../../../../../platform/changeEvents';

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const policy = cachePolicy(SUPERGRAPH);

const shapeOf = (query: string) => fetchShape(policy, query);

function rootTags(query: string, data: Record<string, unknown>) {
  const shape = shapeOf(query);
  if (!shape.cacheable || shape.kind !== 'root') throw new Error('expected a cacheable root fetch');
  const tags = shape.tagsOfRoot(data);
  return tags && [...tags].sort();
}

function entityTags(query: string, typename: string, entity: unknown) {
  const shape = shapeOf(query);
  if (!shape.cacheable || shape.kind !== 'entities') throw new Error('expected a cacheable _entities fetch');
  const tags = shape.tagsOfEntity(typename, entity);
  return tags && [...tags].sort();
}

describe('Entity cache: TTLs from @cacheTtl in the supergraph', () => {
  it('reads field TTLs, falling back to the type of the field', () => {
    expect(policy.ttlOf('Query', 'customer')).toBe(300);
    expect(policy.ttlOf('Customer', 'email')).toBe(300); // Customer @cacheTtl(seconds: 300) in crm
    expect(policy.ttlOf('Customer', 'tickets')).toBe(60); // its own, from tickets
    expect(policy.ttlOf('Product', 'stock')).toBe(15);
    expect(policy.ttlOf('Query', 'customers')).toBeUndefined();
    expect(policy.ttlOf('Query', 'ticketKpis')).toBeUndefined();
  });

  it('reads every key of an entity type across subgraphs', () => {
    expect(policy.keysOf('Order')).toEqual([['id'], ['number']]);
    expect(policy.keysOf('Shipment')).toEqual([['id'], ['trackingNumber']]);
    expect(policy.keysOf('Money')).toBeUndefined();
  });

  it('caches a root fetch for its field TTL, an _entities fetch for the shortest among its fields', () => {
    expect(shapeOf('{ customer(id: "cus_1") { id name } }')).toMatchObject({ cacheable: true, ttlSeconds: 300 });
    expect(
      shapeOf(
        'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { tickets { totalCount } orderCount } } }',
      ),
    ).toMatchObject({ cacheable: true, kind: 'entities', ttlSeconds: 60 });
  });

  it('does not cache a fetch when one of its fields has no TTL, nor any mutation', () => {
    expect(shapeOf('{ customers { totalCount } }')).toEqual({ cacheable: false });
    expect(shapeOf('{ customer(id: "cus_1") { id } customers { totalCount } }')).toEqual({ cacheable: false });
    expect(shapeOf('mutation { cancelOrder(orderId: "ord_1") { id } }')).toEqual({ cacheable: false });
    expect(shapeOf('{ not valid')).toEqual({ cacheable: false });
  });
});

describe('Entity cache: tags name every entity an answer shows', () => {
  it('tags a root answer by the keys of the entities in it, under their aliases too', () => {
    expect(
      rootTags('{ orderByNumber(number: "ORD-100001") { __typename ref: id number customer { __typename id } } }', {
        orderByNumber: {
          __typename: 'Order',
          ref: 'ord_1',
          number: 'ORD-100001',
          customer: { __typename: 'Customer', id: 'cus_1' },
        },
      }),
    ).toEqual(['Customer:id=cus_1', 'Order:id=ord_1', 'Order:number=ORD-100001']);
  });

  it('refuses to cache an answer showing an entity without any of its keys', () => {
    expect(rootTags('{ orderByNumber(number: "ORD-100001") { status } }', { orderByNumber: { status: 'PAID' } })).toBe(
      undefined,
    );
  });

  it('tags the entities inside an _entities answer, through fragments, but not the represented one again', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Customer { tickets { edges { node { ...T } } } } } }
      fragment T on Ticket { number status order { __typename id } }`;
    expect(
      entityTags(query, 'Customer', {
        tickets: {
          edges: [{ node: { number: 'T-100001', status: 'OPEN', order: { __typename: 'Order', id: 'ord_1' } } }],
        },
      }),
    ).toEqual(['Order:id=ord_1', 'Ticket:number=T-100001']);
    expect(entityTags(query, 'Customer', { tickets: { edges: [{ node: { status: 'OPEN', order: null } }] } })).toBe(
      undefined,
    );
  });

  it('tags a representation by each key it carries, and encodes values', () => {
    expect(representationTags(policy, { __typename: 'Order', id: 'ord_1', number: 'ORD-1' })).toEqual([
      'Order:id=ord_1',
      'Order:number=ORD-1',
    ]);
    expect(representationTags(policy, { __typename: 'Money', amount: '1' })).toBeUndefined();
    expect(entityTag('Shipment', { trackingNumber: 'A B\nC' })).toBe('Shipment:trackingNumber=A%20B%0AC');
  });
});

describe('Entity cache: keys keep callers who see different answers apart', () => {
  it('separates callers by pii:read only', () => {
    const analyst = visibilityOf({ userId: 'a', role: 'analyst', scopes: ['graph:read'] });
    const agent = visibilityOf({ userId: 'agt_1', role: 'agent', scopes: ['graph:read', 'pii:read', 'tickets:write'] });
    const supervisor = visibilityOf({
      userId: 'sup_1',
      role: 'supervisor',
      scopes: ['graph:read', 'pii:read', 'tickets:write', 'metrics:read'],
    });
    expect(analyst).toBe('');
    expect(agent).toBe('pii:read');
    expect(supervisor).toBe(agent);
    expect(visibilityOf(undefined)).toBe(analyst);
    const key = (visibility: string) => fetchKey('crm', '{ customer(id: "cus_1") { email } }', visibility, {});
    expect(key(analyst)).not.toBe(key(agent));
  });

  it('separates queries, variables and whole representations', () => {
    const key = (subgraph: string, query: string, variables: Record<string, unknown>, representation: unknown) =>
      entityKey(fetchKey(subgraph, query, '', variables), representation);
    const base = key('tickets', 'q', { first: 10 }, { __typename: 'Customer', id: 'cus_1' });
    expect(key('tickets', 'q', { first: 10 }, { __typename: 'Customer', id: 'cus_1' })).toBe(base);
    expect(key('crm', 'q', { first: 10 }, { __typename: 'Customer', id: 'cus_1' })).not.toBe(base);
    expect(key('tickets', 'q2', { first: 10 }, { __typename: 'Customer', id: 'cus_1' })).not.toBe(base);
    expect(key('tickets', 'q', { first: 20 }, { __typename: 'Customer', id: 'cus_1' })).not.toBe(base);
    expect(key('tickets', 'q', { first: 10 }, { __typename: 'Customer', id: 'cus_2' })).not.toBe(base);
    // @requires inputs ride in the representation: other inputs, another answer
    expect(key('tickets', 'q', { first: 10 }, { __typename: 'Customer', id: 'cus_1', x: [1] })).not.toBe(base);
  });
});
