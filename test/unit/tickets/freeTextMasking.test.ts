import { piiDigestsOf } from '../../../subgraphs/shared/pii/freeTextMasking';
import type { Caller } from '../../../platform/caller';
import { ENGINES } from '../../support/testDatabases';
import { FIXTURE_SQL } from './fixtures';
import { openTicketsHarness } from './ticketsHarness';
import type { TicketsHarness } from './ticketsHarness';

const ANALYST: Caller = { userId: 'ana_7', role: 'analyst', scopes: ['graph:read'] };
const AGENT: Caller = { userId: 'agt_1', role: 'agent', team: 'customer_care', scopes: ['graph:read', 'pii:read'] };

const BODY = 'Maria lives on Kastanienallee, ring 0151 1234 5671 or call +49 30 1234 5678';

/** cus_1's digests as the seeder writes them (tickets has no clear copy), and a message naming her street. */
const PII_SQL = [
  ...piiDigestsOf({
    emails: ['maria.keller@example.com'],
    phones: ['+4915112345671'],
    streets: ['Kastanienallee 12'],
  }).map(
    ({ kind, digest, length }) =>
      `INSERT INTO tickets.customer_pii_digests (customer_id, kind, digest, length) VALUES ('cus_1', '${kind}', '${digest}', ${length});`,
  ),
  `UPDATE tickets.messages SET body = '${BODY}' WHERE id = 'msg_1';`,
].join('\n');

const TEXTS = /* GraphQL */ `
  {
    ticket(id: "tkt_1") {
      messages {
        edges {
          node {
            id
            body
          }
        }
      }
    }
    _entities(representations: [{ __typename: "Customer", id: "cus_1" }]) {
      ... on Customer {
        ticketActivity {
          summary
        }
      }
    }
  }
`;

interface Texts {
  ticket: { messages: { edges: { node: { id: string; body: string } }[] } };
  _entities: { ticketActivity: { summary: string }[] }[];
}

describe.each(ENGINES)('tickets subgraph free-text masking on %s', (engine) => {
  let harness: TicketsHarness;
  beforeAll(async () => {
    harness = await openTicketsHarness(engine, { fixtureSql: `${FIXTURE_SQL}\n${PII_SQL}` });
  });
  afterAll(() => harness.close());

  async function read(caller: Caller | undefined) {
    const { data, errors } = await harness.run<Texts>(TEXTS, {}, caller);
    expect(errors).toBeUndefined();
    const body = data?.ticket.messages.edges.find(({ node }) => node.id === 'msg_1')?.node.body;
    const summaries = (data?._entities[0]?.ticketActivity ?? []).map(({ summary }) => summary).join('\n');
    return { body, summaries };
  }

  it("masks the customer's own street (from the digests) and every phone number for an analyst", async () => {
    const { body, summaries } = await read(ANALYST);
    expect(body).toBe('Maria lives on [street], ring [phone] or call [phone]');
    // the timeline feed leaves tickets masked too: the gateway's cache keeps it per visibility
    expect(summaries).toContain('Maria lives on [street], ring [phone]');
    expect(summaries).not.toContain('Kastanienallee');
  });

  it('masks for a request that names no caller, and shows an agent the text as written', async () => {
    expect((await read(undefined)).body).toBe('Maria lives on [street], ring [phone] or call [phone]');
    const agent = await read(AGENT);
    expect(agent.body).toBe(BODY);
    expect(agent.summaries).toContain('Kastanienallee');
  });
});
