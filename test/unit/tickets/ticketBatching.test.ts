import { ENGINES } from '../../support/testDatabases';
import { openTicketsHarness } from './ticketsHarness';
import type { TicketsHarness } from './ticketsHarness';

// Everything a ticket page can pull in: owner, assignee, conversation with agents and consulted teams,
// hand-offs with teams and agents, and the customer's timeline events.
const EVERYTHING = /* GraphQL */ `
  query ($representations: [_Any!]!, $first: Int) {
    _entities(representations: $representations) {
      ... on Customer {
        tickets(first: $first) {
          totalCount
          edges {
            node {
              number
              slaBreached
              customer {
                id
              }
              order {
                id
              }
              shipment {
                id
              }
              team {
                code
                name
                agents {
                  id
                  team {
                    name
                  }
                }
              }
              assignee {
                id
                name
                team {
                  code
                }
              }
              messages {
                totalCount
                edges {
                  node {
                    id
                    agent {
                      name
                    }
                    consultedTeam {
                      name
                    }
                  }
                }
              }
              handoffs {
                fromTeam {
                  name
                }
                toTeam {
                  name
                }
                by {
                  name
                }
              }
            }
          }
        }
        ticketActivity {
          id
          summary
        }
      }
      ... on Ticket {
        number
        team {
          name
        }
        assignee {
          name
        }
        messages(first: 1) {
          totalCount
          edges {
            node {
              agent {
                name
              }
            }
          }
        }
        handoffs {
          toTeam {
            name
          }
          by {
            name
          }
        }
      }
    }
  }
`;

describe.each(ENGINES)('tickets subgraph batching on %s', (engine) => {
  let harness: TicketsHarness;
  beforeAll(async () => {
    harness = await openTicketsHarness(engine);
  });
  afterAll(async () => {
    await harness.close();
  });

  async function statementsFor(variables: Record<string, unknown>): Promise<number> {
    const before = harness.db.stats.statements;
    const { errors } = await harness.run(EVERYTHING, variables);
    expect(errors).toBeUndefined();
    return harness.db.stats.statements - before;
  }

  it('sends as many statements for a page of 50 tickets as for a page of 2', async () => {
    const customer = [{ __typename: 'Customer', id: 'cus_9' }];
    const two = await statementsFor({ representations: customer, first: 2 });
    const fifty = await statementsFor({ representations: customer, first: 50 });
    expect(fifty).toBe(two);
    // page, count, activity, messages, hand-offs, teams, agents by team, agents by id (and a second wave of teams)
    expect(two).toBeLessThanOrEqual(10);
  });

  it('sends as many statements for 50 ticket references as for 2, by id or by number', async () => {
    const references = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        index % 2 === 0
          ? { __typename: 'Ticket', id: `tkt_${1001 + index}` }
          : { __typename: 'Ticket', number: `T-${200001 + index}` },
      );
    const two = await statementsFor({ representations: references(2) });
    const fifty = await statementsFor({ representations: references(50) });
    expect(fifty).toBe(two);
    // by id, by number, then teams, agents, messages, hand-offs; the id and number lookups resolve in different
    // ticks, so the loaders behind them may batch twice, but never once per ticket
    expect(two).toBeLessThanOrEqual(12);
  });

  it('reads the pages and counts of many customers in one statement each', async () => {
    const customers = (ids: string[]) => ids.map((id) => ({ __typename: 'Customer', id }));
    const one = await statementsFor({ representations: customers(['cus_9']), first: 5 });
    const three = await statementsFor({ representations: customers(['cus_9', 'cus_1', 'cus_2']), first: 5 });
    expect(three).toBe(one);
  });
});
