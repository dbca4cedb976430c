import { randomUUID } from 'node:crypto';
import { BENCH_KEY_PREFIX } from '../subgraphHost/ensureDataset';
import type { LoadStep, SessionContext } from '../loadPlan';
import { cycle, graphqlBody, orderStatusOperation, savedOperation } from './documents';
import { authorized } from './workloadInput';
import type { WorkloadInput } from './workloadInput';

/** The agent every write is done as: the dev agent the bench's tokens name (DEV_SUBJECTS.agent). */
const AGENT_ID = 'agt_1';
const CATEGORIES = ['DELIVERY', 'BILLING', 'PRODUCT_DEFECT', 'RETURN', 'ACCOUNT'] as const;

interface OpenedTicket {
  data?: { openTicket?: { id?: string; team?: { code?: string } } };
}

/**
 * An agent's session, six requests that each connection repeats: the customer's story, a new ticket for them
 * (a unique idempotency key per request), a reply on it, a lookup of some order, a transfer of the ticket to
 * another team, and the story again, which now shows the ticket. Each connection works on tickets it opened
 * itself, so concurrent sessions never collide (a transfer to the team that already owns a ticket is an error).
 */
export function agentSessionSteps(input: WorkloadInput): LoadStep[] {
  const headers = authorized(input);
  const nextCustomer = cycle(input.sample.customerIds);
  const nextCategory = cycle(CATEGORIES);
  const lookups = cycle(input.sample.orderNumbers.map((number) => graphqlBody(orderStatusOperation(), { number })));
  const story = savedOperation('customerStory');
  const openTicket = savedOperation('openTicket');
  const addMessage = savedOperation('addMessage');
  const transferTicket = savedOperation('transferTicket');
  // unique per set of steps (each measured run builds its own), so keys never repeat across runs either
  const instance = randomUUID().slice(0, 8);
  let keys = 0;
  const storyOf = (context: SessionContext) => graphqlBody(story, { id: context['customerId'] });

  return [
    {
      headers,
      body: (context) => {
        context['customerId'] = nextCustomer();
        return storyOf(context);
      },
    },
    {
      headers,
      body: (context) =>
        graphqlBody(openTicket, {
          input: {
            customerId: context['customerId'],
            channel: 'CHAT',
            category: nextCategory(),
            priority: 'NORMAL',
            subject: 'Benchmark: where is my parcel?',
            body: 'Hello, my parcel has not arrived yet. Can you check where it is?',
            idempotencyKey: `${BENCH_KEY_PREFIX}${input.runId}-${instance}-${++keys}`,
          },
        }),
      onResponse: (body, context) => {
        const ticket = (JSON.parse(body) as OpenedTicket).data?.openTicket;
        context['ticketId'] = ticket?.id;
        context['team'] = ticket?.team?.code;
      },
    },
    {
      headers,
      body: (context) =>
        context['ticketId'] === undefined
          ? undefined
          : graphqlBody(addMessage, {
              input: {
                ticketId: context['ticketId'],
                direction: 'OUTBOUND',
                channel: 'CHAT',
                body: 'Thank you for waiting: the parcel is at the local depot and will be delivered tomorrow.',
                agentId: AGENT_ID,
              },
            }),
    },
    { headers, body: () => lookups() },
    {
      headers,
      body: (context) =>
        context['ticketId'] === undefined
          ? undefined
          : graphqlBody(transferTicket, {
              ticketId: context['ticketId'],
              toTeam: context['team'] === 'billing' ? 'customer_care' : 'billing',
              reason: 'Benchmark: the customer asks for a refund instead',
              agentId: AGENT_ID,
            }),
    },
    { headers, body: storyOf },
  ];
}
