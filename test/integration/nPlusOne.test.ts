import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

// Every list at its maximum page size, so all 50 orders (and their lines, shipments, events, tickets, messages)
// are really resolved: a smaller page would hide an N+1.
const STORY = /* GraphQL */ `
  query StoryForStatementCount($id: ID!) {
    customer(id: $id) {
      name
      addresses {
        city
      }
      notes(first: 100) {
        edges {
          node {
            body
          }
        }
      }
      orderCount
      lifetimeValue {
        amount
      }
      orders(first: 100) {
        edges {
          node {
            number
            total {
              amount
            }
            lines {
              quantity
              product {
                name
                available
                nextRestockAt
                stock {
                  warehouse {
                    name
                  }
                  available
                }
              }
            }
            payments {
              amount {
                amount
              }
            }
            refunds {
              amount {
                amount
              }
            }
            shipments {
              trackingNumber
              status
              events {
                status
                occurredAt
              }
              tickets {
                number
              }
            }
            tickets {
              number
            }
          }
        }
      }
      tickets(first: 100) {
        edges {
          node {
            number
            team {
              name
            }
            assignee {
              name
              team {
                name
              }
            }
            order {
              number
              status
            }
            shipment {
              trackingNumber
              status
            }
            messages(first: 100) {
              edges {
                node {
                  author
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
      timeline(first: 100) {
        edges {
          node {
            summary
            order {
              number
            }
            shipment {
              trackingNumber
            }
            ticket {
              number
            }
          }
        }
      }
    }
  }
`;

describe.each(ENGINES)('SQL statements per customer story on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine);
  });
  afterAll(() => stack?.stop());

  async function statementsFor(id: string): Promise<{ statements: number; orders: number }> {
    // a first run warms nothing that matters (loaders are per request), but keeps the comparison about steady state
    await stack.query(STORY, { id });
    stack.resetStatements();
    const { body } = await stack.query<{ customer: { orderCount: number } }>(STORY, { id });
    expect(body.errors).toBeUndefined();
    const per = Object.fromEntries(
      (['crm', 'orders', 'inventory', 'logistics', 'tickets'] as const).map((n) => [n, stack.statementsOf(n)]),
    );
    process.stdout.write(`${id}: ${JSON.stringify(per)}\n`);
    return { statements: stack.statements(), orders: body.data!.customer.orderCount };
  }

  it('does not grow with the number of orders, shipments and tickets (2 orders vs 50)', async () => {
    const small = await statementsFor('cus_5');
    const large = await statementsFor('cus_4');
    expect(small.orders).toBe(2);
    expect(large.orders).toBe(50);
    expect(large.statements).toBe(small.statements);
    process.stdout.write(
      `[${engine}] SQL statements per customer story: ${small.statements} at 2 orders, ${large.statements} at 50 orders\n`,
    );
  });
});
