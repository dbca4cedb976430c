import { encodeCursor } from '../../../subgraphs/shared';
import { crmModule } from '../../../subgraphs/crm/module';
import { ENGINES } from '../../support/testDatabases';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { insertCrmFixtures } from './fixtures';

const PROFILE = /* GraphQL */ `
  #graphql
  fragment Profile on Customer {
    id
    name
    email
    phone
    tier
    preferredChannel
    createdAt
    addresses {
      label
      street
      postalCode
      city
      country
      isDefault
    }
  }
`;

const CUSTOMER = /* GraphQL */ `
  #graphql
  query Customer($id: ID!) {
    customer(id: $id) {
      ...Profile
    }
  }
  ${PROFILE}
`;

const BY_EMAIL = /* GraphQL */ `
  #graphql
  query ByEmail($email: String!) {
    customerByEmail(email: $email) {
      id
    }
  }
`;

const BY_PHONE = /* GraphQL */ `
  #graphql
  query ByPhone($phone: String!) {
    customerByPhone(phone: $phone) {
      id
    }
  }
`;

const CUSTOMERS = /* GraphQL */ `
  #graphql
  query Customers($first: Int, $after: String) {
    customers(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`;

const NOTES = /* GraphQL */ `
  #graphql
  query Notes($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      notes(first: $first, after: $after) {
        edges {
          node {
            id
            author
            body
            createdAt
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
        totalCount
      }
    }
  }
`;

const ENTITIES = /* GraphQL */ `
  #graphql
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Customer {
        id
        name
        addresses {
          label
        }
        notes(first: 1) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    }
  }
`;

describe.each(ENGINES)('crm subgraph on %s', (engine) => {
  const { db, run } = useSubgraphServer(engine, crmModule, { insertFixtures: insertCrmFixtures });

  describe('Query.customer', () => {
    it('returns the profile with the default address first, then by position', async () => {
      const { data, errors } = await run(CUSTOMER, { id: 'cus_1' });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        customer: {
          id: 'cus_1',
          name: 'Maria Schmidt',
          email: 'Maria.Schmidt@Example.com',
          phone: '+4930123456',
          tier: 'GOLD',
          preferredChannel: 'CHAT',
          createdAt: '2026-03-01T09:00:00.000Z',
          addresses: [
            {
              label: 'Home',
              street: 'Kastanienallee 7',
              postalCode: '10435',
              city: 'Berlin',
              country: 'DE',
              isDefault: true,
            },
            {
              label: 'Office',
              street: 'Friedrichstr. 1',
              postalCode: '10117',
              city: 'Berlin',
              country: 'DE',
              isDefault: false,
            },
            {
              label: 'Parents',
              street: 'Hauptstr. 3',
              postalCode: '80331',
              city: 'Munich',
              country: 'DE',
              isDefault: false,
            },
          ],
        },
      });
    });

    it('rejects a malformed id with INVALID_IDENTIFIER before any SQL runs', async () => {
      const before = db().stats.statements;
      const { errors } = await run(CUSTOMER, { id: 'customer-1' });
      expect(db().stats.statements).toBe(before);
      expect(errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
      expect(errors?.[0]?.message).toBe('"customer-1" is not a valid id: expected cus_<number>, e.g. cus_1.');
    });

    it('fails with NOT_FOUND for a well-formed id nobody has', async () => {
      const { data, errors } = await run(CUSTOMER, { id: 'cus_999' });
      expect(data).toEqual({ customer: null });
      expect(errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(errors?.[0]?.message).toBe(
        'No customer has id "cus_999". Check the value, or search by another identifier.',
      );
    });
  });

  describe('Query.customerByEmail', () => {
    it('matches case-insensitively', async () => {
      const { data } = await run(BY_EMAIL, { email: 'maria.schmidt@EXAMPLE.com' });
      expect(data).toEqual({ customerByEmail: { id: 'cus_1' } });
    });

    it('fails with NOT_FOUND for an unknown address and INVALID_IDENTIFIER for a non-address', async () => {
      const missing = await run(BY_EMAIL, { email: 'nobody@example.com' });
      expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.message).toContain('No customer has email "nobody@example.com"');
      const invalid = await run(BY_EMAIL, { email: 'not-an-address' });
      expect(invalid.errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
      expect(invalid.errors?.[0]?.message).toBe(
        '"not-an-address" is not a valid email: expected an e-mail address such as maria@example.com.',
      );
    });
  });

  describe('Query.customerByPhone', () => {
    it('ignores spaces, dashes and brackets', async () => {
      const { data } = await run(BY_PHONE, { phone: '+49 (30) 123-456' });
      expect(data).toEqual({ customerByPhone: { id: 'cus_1' } });
    });

    it('fails with NOT_FOUND for an unknown number and INVALID_IDENTIFIER for a non-E.164 one', async () => {
      const missing = await run(BY_PHONE, { phone: '+4930000000' });
      expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const invalid = await run(BY_PHONE, { phone: '030 123456' });
      expect(invalid.errors?.[0]?.extensions?.['code']).toBe('INVALID_IDENTIFIER');
      expect(invalid.errors?.[0]?.message).toContain('"030123456" is not a valid phone');
    });
  });

  describe('Query.customers', () => {
    it('lists customers newest first, ties on created_at broken by id (descending)', async () => {
      const { data, errors } = await run(CUSTOMERS, { first: 4 });
      expect(errors).toBeUndefined();
      const connection = data?.['customers'] as {
        edges: { node: { id: string } }[];
        pageInfo: { hasNextPage: boolean };
        totalCount: number;
      };
      expect(connection.edges.map((edge) => edge.node.id)).toEqual(['cus_1', 'cus_3', 'cus_2', 'cus_120']);
      expect(connection.pageInfo.hasNextPage).toBe(true);
      expect(connection.totalCount).toBe(23);
    });

    it('pages through every customer once with after', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page += 1) {
        const { data, errors } = await run(CUSTOMERS, { first: 2, after });
        expect(errors).toBeUndefined();
        const connection = data?.['customers'] as {
          edges: { node: { id: string } }[];
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        };
        seen.push(...connection.edges.map((edge) => edge.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(23);
      expect(new Set(seen).size).toBe(23);
      expect(seen.slice(0, 3)).toEqual(['cus_1', 'cus_3', 'cus_2']);
    });

    it('rejects first above 100 with PAGE_SIZE_TOO_LARGE', async () => {
      const { errors } = await run(CUSTOMERS, { first: 101 });
      expect(errors?.[0]?.extensions?.['code']).toBe('PAGE_SIZE_TOO_LARGE');
      expect(errors?.[0]?.message).toContain('"first" must be between 0 and 100; got 101');
    });

    it('rejects a cursor it did not hand out with INVALID_CURSOR', async () => {
      for (const after of ['garbage', encodeCursor(['not a date', 'cus_1']), encodeCursor(['2026-01-01T00:00:00Z'])]) {
        const { errors } = await run(CUSTOMERS, { first: 2, after });
        expect(errors?.[0]?.extensions?.['code']).toBe('INVALID_CURSOR');
      }
    });
  });

  describe('Customer.notes', () => {
    it('pages notes newest first, ties broken by id, with the total', async () => {
      const first = await run(NOTES, { id: 'cus_1', first: 2 });
      expect(first.errors).toBeUndefined();
      const page1 = (
        first.data?.['customer'] as {
          notes: {
            edges: { node: { id: string } }[];
            pageInfo: { endCursor: string; hasNextPage: boolean };
            totalCount: number;
          };
        }
      ).notes;
      expect(page1.edges.map((edge) => edge.node.id)).toEqual(['note_3', 'note_2']);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      expect(page1.totalCount).toBe(3);

      const second = await run(NOTES, { id: 'cus_1', first: 2, after: page1.pageInfo.endCursor });
      const page2 = (
        second.data?.['customer'] as {
          notes: {
            edges: { node: { id: string; author: string; createdAt: string } }[];
            pageInfo: { hasNextPage: boolean };
          };
        }
      ).notes;
      expect(page2.edges.map((edge) => edge.node)).toEqual([
        {
          id: 'note_1',
          author: 'Anna (Customer care)',
          body: 'Prefers delivery after 6pm.',
          createdAt: '2026-03-02T10:00:00.000Z',
        },
      ]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
    });

    it('validates first and after like every list', async () => {
      expect((await run(NOTES, { id: 'cus_1', first: 500 })).errors?.[0]?.extensions?.['code']).toBe(
        'PAGE_SIZE_TOO_LARGE',
      );
      expect((await run(NOTES, { id: 'cus_1', after: 'nope' })).errors?.[0]?.extensions?.['code']).toBe(
        'INVALID_CURSOR',
      );
    });
  });

  describe('_entities', () => {
    const representations = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ __typename: 'Customer', id: `cus_${101 + index}` }));

    it('resolves customers by id, each with its addresses and notes', async () => {
      const { data, errors } = await run(ENTITIES, {
        representations: [{ __typename: 'Customer', id: 'cus_2' }, ...representations(1)],
      });
      expect(errors).toBeUndefined();
      expect(data).toEqual({
        _entities: [
          {
            id: 'cus_2',
            name: 'Jonas Weber',
            addresses: [],
            notes: { totalCount: 1, edges: [{ node: { id: 'note_4' } }] },
          },
          {
            id: 'cus_101',
            name: 'Customer 101',
            addresses: [{ label: 'Home' }],
            notes: { totalCount: 1, edges: [{ node: { id: 'note_101' } }] },
          },
        ],
      });
    });

    it('fails with NOT_FOUND for an unknown customer and INVALID_IDENTIFIER for a malformed one', async () => {
      const { errors } = await run(ENTITIES, {
        representations: [
          { __typename: 'Customer', id: 'cus_999' },
          { __typename: 'Customer', id: 'bogus' },
        ],
      });
      expect(errors?.map((error) => error.extensions?.['code']).sort()).toEqual(['INVALID_IDENTIFIER', 'NOT_FOUND']);
    });

    it('costs the same number of statements for 20 customers as for 2 (one per loader)', async () => {
      const cost = async (count: number) => {
        const before = db().stats.statements;
        const { errors } = await run(ENTITIES, { representations: representations(count) });
        expect(errors).toBeUndefined();
        return db().stats.statements - before;
      };
      const two = await cost(2);
      expect(await cost(20)).toBe(two);
      // customers with their addresses, note pages with their totals
      expect(two).toBe(2);
    });
  });
});
