import type { RunningAll } from '../../../stack/startAll';
import { authHeader } from '../../support/tokens';

// The browser tests' setup and cross-checks, sent to the gateway as a tool would (ad hoc documents, a dev token).

/** One GraphQL request as `role` (a supervisor by default); throws with the operation's first line and the errors. */
export async function gatewayApi<T>(
  running: RunningAll,
  query: string,
  variables: Record<string, unknown> = {},
  role: 'supervisor' | 'analyst' = 'supervisor',
): Promise<T> {
  const response = await fetch(running.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader(role)) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`${query.trim().split('\n')[0]} failed: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

export interface OpenedTicket {
  id: string;
  number: string;
  team: { code: string };
}

/** Opens a ticket as the customer would (`openTicket`'s input); routing picks its team from the category. */
export async function openTicket(running: RunningAll, input: Record<string, unknown>): Promise<OpenedTicket> {
  const { openTicket: opened } = await gatewayApi<{ openTicket: OpenedTicket }>(
    running,
    /* GraphQL */ `
      mutation e2eOpenTicket($input: OpenTicketInput!) {
        openTicket(input: $input) {
          id
          number
          team {
            code
          }
        }
      }
    `,
    { input },
  );
  return opened;
}

/** A ticket's owning team and assignee as the graph says now. */
export async function ticketOwner(
  running: RunningAll,
  ticketId: string,
): Promise<{ team: string; assignee: string | undefined }> {
  const { ticket } = await gatewayApi<{ ticket: { assignee: { id: string } | null; team: { code: string } } }>(
    running,
    /* GraphQL */ `
      query e2eTicketOwner($id: ID!) {
        ticket(id: $id) {
          assignee {
            id
          }
          team {
            code
          }
        }
      }
    `,
    { id: ticketId },
  );
  return { team: ticket.team.code, assignee: ticket.assignee?.id };
}

/** The agent a seeded ticket is assigned to (an agent of its owning team, who is offered every action on it). */
export async function assigneeOf(running: RunningAll, ticketId: string): Promise<string> {
  const { team, assignee } = await ticketOwner(running, ticketId);
  if (!assignee) throw new Error(`${ticketId} has no assignee in the seed: pick an agent of ${team}`);
  return assignee;
}

/** The team with the most unattended tickets, for a queue worth looking at. */
export async function busiestTeam(running: RunningAll): Promise<string> {
  const { unattendedSummary } = await gatewayApi<{ unattendedSummary: { team: { code: string }; count: number }[] }>(
    running,
    /* GraphQL */ `
      query e2eBusiestTeam {
        unattendedSummary {
          team {
            code
          }
          count
        }
      }
    `,
  );
  const busiest = [...unattendedSummary].sort((a, b) => b.count - a.count)[0];
  if (!busiest || busiest.count === 0)
    throw new Error('the seed holds no unattended ticket: the support queue scenario changed');
  return busiest.team.code;
}

export interface OverdueTicket {
  reasons: string[];
  ticket: { id: string; number: string; team: { code: string }; assignee: { id: string } };
}

/** An assigned ticket whose only reason to wait is that nobody answered the customer in time (the seed holds some). */
export async function firstResponseOverdueTicket(running: RunningAll): Promise<OverdueTicket> {
  const { unattendedTickets } = await gatewayApi<{ unattendedTickets: { edges: { node: OverdueTicket }[] } }>(
    running,
    /* GraphQL */ `
      query e2eFirstResponseOverdue {
        unattendedTickets(first: 100) {
          edges {
            node {
              reasons
              ticket {
                id
                number
                team {
                  code
                }
                assignee {
                  id
                }
              }
            }
          }
        }
      }
    `,
  );
  const overdue = unattendedTickets.edges.find(
    ({ node }) => node.reasons.length === 1 && node.reasons[0] === 'NO_FIRST_RESPONSE' && node.ticket.assignee,
  );
  if (!overdue)
    throw new Error(
      'the seed holds no assigned ticket waiting only for its first response: the support queue scenario changed',
    );
  return overdue.node;
}

/** An outbound e-mail to the customer, sent as `agentId` (a supervisor may act for any agent). */
export async function answerCustomer(running: RunningAll, ticketId: string, agentId: string): Promise<void> {
  await gatewayApi(
    running,
    /* GraphQL */ `
      mutation e2eAnswer($input: AddMessageInput!) {
        addMessage(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        ticketId,
        direction: 'OUTBOUND',
        channel: 'EMAIL',
        agentId,
        body: 'Thank you for waiting: we are on it and write again today.',
        idempotencyKey: `e2e-answer-${ticketId}`,
      },
    },
  );
}
