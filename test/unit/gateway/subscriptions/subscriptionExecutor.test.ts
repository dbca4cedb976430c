import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astSerializer, queryPlanSerializer } from '@apollo/query-planner';
import { DEV_AUTH, DEV_SUBJECTS, ROLE_SCOPES, scopeRequirements } from '../../../../gateway/auth';
import { formatGatewayError } from '../../../../gateway/formatGatewayError';
import { DEFAULT_REQUEST_LIMITS, withLimitCode } from '../../../../gateway/limits';
import type { RequestLimits } from '../../../../gateway/limits';
import { LiveDataSource } from '../../../../gateway/subscriptions/liveDataSource';
import { createSubscriptionExecutor } from '../../../../gateway/subscriptions/subscriptionExecutor';
import type {
  PreparedSubscription,
  SubscriptionExecutor,
  SubscriptionRefusal,
} from '../../../../gateway/subscriptions/subscriptionExecutor';
import type { Caller } from '../../../../platform/caller';

expect.addSnapshotSerializer(astSerializer);
expect.addSnapshotSerializer(queryPlanSerializer);

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

const callerOf = (role: 'supervisor' | 'analyst'): Caller => ({
  userId: DEV_SUBJECTS[role].sub,
  role,
  scopes: ROLE_SCOPES[role],
});

function executorWith(
  options: { limits?: Partial<RequestLimits>; requirements?: Record<string, string[][]>; authOff?: boolean } = {},
): SubscriptionExecutor {
  const requirements = new Map(scopeRequirements(SUPERGRAPH));
  for (const [key, required] of Object.entries(options.requirements ?? {})) requirements.set(key, required);
  return createSubscriptionExecutor({
    supergraphSdl: SUPERGRAPH,
    services: new Map(),
    limits: { ...DEFAULT_REQUEST_LIMITS, ...options.limits },
    scopeRequirements: requirements,
    auth: options.authOff ? { ...DEV_AUTH, mode: 'off' } : DEV_AUTH,
    formatError: (formatted, error) => formatGatewayError(withLimitCode(formatted, error), error),
  });
}

function refusal(result: SubscriptionRefusal | PreparedSubscription): SubscriptionRefusal {
  if (!('errors' in result)) throw new Error(`expected a refusal, got a subscription to ${result.field}`);
  return result;
}

function accepted(result: SubscriptionRefusal | PreparedSubscription): PreparedSubscription {
  if ('errors' in result) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
  return result;
}

const TICKET_CHANGED = /* GraphQL */ `
  subscription TicketChanged($number: String) {
    ticketChanged(number: $number) {
      eventId
      changes {
        kind
        changedAt
      }
      ticket {
        subject
        status
        customer {
          name
        }
      }
    }
  }
`;

describe('Subscriptions: prepare checks a subscribe request as POST /graphql checks a query', () => {
  // building the planner takes a second or more: one executor with the default limits for most cases
  const executor = executorWith();
  const supervisor = callerOf('supervisor');
  const prepare = (query: string, variables: Record<string, unknown> = {}, caller: Caller | undefined = supervisor) =>
    executor.prepare({ query, variables, caller });

  it('accepts a subscription and coerces its variables and arguments, defaults included', () => {
    const slaAlerts = accepted(
      prepare(/* GraphQL */ `
        subscription {
          alerts: slaAlerts(team: "billing") {
            eventId
          }
        }
      `),
    );
    expect(slaAlerts).toMatchObject({
      field: 'slaAlerts',
      responseKey: 'alerts',
      args: { team: 'billing', withinMinutes: 30 },
    });
    expect(accepted(prepare(TICKET_CHANGED, { number: 'T-100001' })).args).toEqual({ number: 'T-100001' });
  });

  it('plans once: the live fetch of the emission, then the entities from the subgraphs that own them', () => {
    expect(accepted(prepare(TICKET_CHANGED, { number: 'T-100001' })).plan).toMatchInlineSnapshot(`
     QueryPlan {
       Sequence {
         Fetch(service: "live") {
           {
             ticketChanged(number: $number) {
               eventId
               changes {
                 kind
                 changedAt
               }
               ticket {
                 __typename
                 id
               }
             }
           }
         },
         Sequence {
           Flatten(path: "ticketChanged.ticket") {
             Fetch(service: "tickets") {
               {
                 ... on Ticket {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Ticket {
                   subject
                   status
                   customer {
                     __typename
                     id
                   }
                 }
               }
             },
           },
           Flatten(path: "ticketChanged.ticket.customer") {
             Fetch(service: "crm") {
               {
                 ... on Customer {
                   __typename
                   id
                 }
               } =>
               {
                 ... on Customer {
                   name
                 }
               }
             },
           },
         },
       },
     }
    `);
  });

  it('refuses a query or a mutation, naming the endpoint that serves it', () => {
    for (const [kind, query] of [
      ['query', '{ __typename }'],
      ['mutation', 'mutation { __typename }'],
    ] as const) {
      expect(refusal(prepare(query))).toEqual({
        status: 400,
        errors: [
          {
            message: `This endpoint serves subscriptions, and the operation is a ${kind}. Send queries and mutations to POST /graphql.`,
            extensions: { code: 'NOT_A_SUBSCRIPTION' },
          },
        ],
      });
    }
  });

  it('refuses two root fields, as graphql-js validation does', () => {
    const refused = refusal(
      prepare(/* GraphQL */ `
        subscription Two {
          customerChanged(id: "cus_1") {
            eventId
          }
          ticketChanged(id: "tkt_1") {
            eventId
          }
        }
      `),
    );
    expect(refused.status).toBe(400);
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: 'Subscription "Two" must select only one top level field.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('refuses a variable the operation does not declare, and a required one left out', () => {
    const undeclared = refusal(
      prepare(/* GraphQL */ `
        subscription {
          customerChanged(id: $id) {
            eventId
          }
        }
      `),
    );
    expect(undeclared.errors).toEqual([
      expect.objectContaining({
        message: 'Variable "$id" is not defined.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    const missing = refusal(
      prepare(/* GraphQL */ `
        subscription ($id: ID!) {
          customerChanged(id: $id) {
            eventId
          }
        }
      `),
    );
    expect(missing).toEqual({
      status: 400,
      errors: [
        expect.objectContaining({
          message: 'Variable "$id" of required type "ID!" was not provided.',
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ],
    });
  });

  it('refuses a document that does not parse, and one over the token limit, with their codes', () => {
    expect(refusal(prepare('subscription {')).errors[0]!.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const huge = `subscription { customerChanged(id: "cus_1") { ${'eventId '.repeat(6_000)} } }`;
    expect(refusal(prepare(huge)).errors[0]!.extensions).toEqual({ code: 'TOO_MANY_TOKENS' });
  });

  it('refuses a request with an unknown operationName, or several operations and none named', () => {
    const two =
      'subscription A { customerChanged(id: "cus_1") { eventId } } subscription B { ticketChanged(id: "tkt_1") { eventId } }';
    expect(refusal(executor.prepare({ query: two, caller: supervisor })).errors[0]!.extensions).toEqual({
      code: 'OPERATION_RESOLUTION_FAILURE',
    });
    expect(accepted(executor.prepare({ query: two, operationName: 'B', caller: supervisor })).field).toBe(
      'ticketChanged',
    );
  });

  it('refuses text no database can hold (a NUL) before anything is planned', () => {
    const refused = refusal(prepare(TICKET_CHANGED, { number: 'T-1\u0000' }));
    expect(refused.status).toBe(400);
    expect(refused.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: '$number' });
  });

  it('refuses a caller without a token (401), and one without graph:read (403), unless auth is off', () => {
    // (not through `prepare`, whose caller defaults to a supervisor)
    expect(refusal(executor.prepare({ query: TICKET_CHANGED, caller: undefined }))).toMatchObject({
      status: 401,
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const metricsOnly: Caller = { userId: 'svc_dev', role: 'service', scopes: ['metrics:read'] };
    expect(refusal(prepare(TICKET_CHANGED, {}, metricsOnly))).toMatchObject({
      status: 403,
      errors: [{ extensions: { code: 'FORBIDDEN' } }],
    });
  });

  it('answers an emission of a subscription nobody resolved with an invariant error, never a crash', async () => {
    const live = executor.liveDataSource('live');
    expect(live).toBeInstanceOf(LiveDataSource);
    const answer = await live.process({
      kind: 'incoming operation' as never,
      request: { query: 'subscription { customerChanged(id: "cus_1") { eventId } }' },
      context: { requestId: 'r' },
      incomingRequestContext: {} as never,
    });
    expect(answer.errors?.[0]?.message).toMatch(/^Invariant failed: .*no live root value/);
  });
});

describe('Subscriptions: prepare enforces the gateway limits and field requirements', () => {
  const executor = executorWith({
    limits: { maxDepth: 5, maxAliases: 1, maxCost: 50 },
    // no field under a subscription needs more than graph:read today: give one a pii:read requirement
    requirements: { 'Customer.email': [['pii:read']] },
  });
  const prepare = (query: string, caller: Caller = callerOf('supervisor'), variables: Record<string, unknown> = {}) =>
    executor.prepare({ query, variables, caller });

  it('refuses a selection the analyst may not see with 403 FORBIDDEN naming the field', () => {
    const query = 'subscription { customerChanged(id: "cus_1") { customer { email } } }';
    const refused = refusal(prepare(query, callerOf('analyst')));
    expect(refused.status).toBe(403);
    expect(refused.errors).toEqual([
      {
        message: expect.stringContaining('Customer.email (needs pii:read)'),
        extensions: { code: 'FORBIDDEN', role: 'analyst' },
      },
    ]);
    accepted(prepare(query));
  });

  it('refuses a subscription too deep, with too many aliases, or too costly, with the limit codes', () => {
    const deep = 'subscription { customerChanged(id: "cus_1") { customer { orders { edges { node { number } } } } } }';
    expect(refusal(prepare(deep)).errors[0]!.extensions).toEqual({ code: 'QUERY_TOO_DEEP' });
    const aliased = 'subscription { customerChanged(id: "cus_1") { a: eventId b: eventId } }';
    expect(refusal(prepare(aliased)).errors[0]!.extensions).toEqual({ code: 'TOO_MANY_ALIASES' });
    // the validation rule prices `first: $n` at its default; the request's variables are priced again
    const costly =
      'subscription ($n: Int = 2) { customerChanged(id: "cus_1") { customer { tickets(first: $n) { totalCount } } } }';
    accepted(prepare(costly, callerOf('supervisor'), { n: 2 }));
    expect(refusal(prepare(costly, callerOf('supervisor'), { n: 100 }))).toMatchObject({
      status: 400,
      errors: [{ extensions: { code: 'QUERY_TOO_COMPLEX' } }],
    });
  });
});

describe('Subscriptions: with auth off', () => {
  it('accepts a subscriber without a caller', () => {
    const executor = executorWith({ authOff: true });
    expect(accepted(executor.prepare({ query: TICKET_CHANGED, variables: {}, caller: undefined })).field).toBe(
      'ticketChanged',
    );
  });
});
