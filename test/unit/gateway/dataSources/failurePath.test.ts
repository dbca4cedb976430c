import { buildSchema } from 'graphql';
import { failurePath } from '../../../../gateway/dataSources/failurePath';

describe('failurePath', () => {
  it('points a failed root fetch at its first root field', () => {
    expect(
      failurePath(undefined, 'query Story__crm__0($id: ID!) { customer(id: $id) { __typename id name } }'),
    ).toEqual(['customer']);
  });

  it('points a failed entity fetch at the first field of the first entity, for the gateway to map', () => {
    const query = `query Story__logistics__2($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Order { __typename shipments { trackingNumber } } }
    }`;
    expect(failurePath(undefined, query)).toEqual(['_entities', 0, 'shipments']);
  });

  it('uses the alias a field is answered under', () => {
    expect(failurePath(undefined, '{ first: customer(id: "cus_1") { id } }')).toEqual(['first']);
  });

  it('gives an empty path for text it cannot parse', () => {
    expect(failurePath(undefined, 'not graphql')).toEqual([]);
    expect(failurePath(undefined, undefined)).toEqual([]);
  });
});

describe('failurePath with the client-facing schema', () => {
  const schema = buildSchema(`#graphql
    type Query { customer(id: ID!): Customer }
    type Customer { id: ID! name: String timeline: [String] }
  `);

  it('skips fields the client cannot see, such as @inaccessible inputs of a @requires', () => {
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Customer { shipmentActivity { id } timeline } }
    }`;
    expect(failurePath(undefined, query, schema)).toEqual(['_entities', 0, 'timeline']);
  });

  it('points at the entity when every field is internal', () => {
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Customer { shipmentActivity { id } } }
    }`;
    expect(failurePath(undefined, query, schema)).toEqual(['_entities', 0]);
  });
});
