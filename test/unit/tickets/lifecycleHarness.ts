import type { GraphQLFormattedError } from 'graphql';
import type { Caller } from '../../../platform/caller';
import { advanceSequences } from '../../../stack/seed/advanceSequences';
import type { Engine } from '../../support/testDatabases';
import { openTicketsHarness } from './ticketsHarness';
import type { TicketsHarness } from './ticketsHarness';

/** The ticket fields the lifecycle tests look at after every mutation. */
export const TICKET_FIELDS = `
  id number status category priority reopenCount resolutionCode createdAt firstResponseDueAt firstRespondedAt slaDueAt
  resolvedAt team { code } assignee { id }
  handoffs { kind fromTeam { code } toTeam { code } reason by { id } }
  messages(first: 100) { totalCount edges { node { direction channel author consultedTeam { code } body } } }
  history { kind fromStatus toStatus team { code } agent { id } actor details }`;

export interface TicketView {
  id: string;
  number: string;
  status: string;
  reopenCount: number;
  resolutionCode: string | null;
  createdAt: string;
  firstResponseDueAt: string;
  firstRespondedAt: string | null;
  slaDueAt: string;
  resolvedAt: string | null;
  team: { code: string };
  assignee: { id: string } | null;
  handoffs: { kind: string; fromTeam: { code: string }; toTeam: { code: string }; reason: string }[];
  messages: { totalCount: number; edges: { node: { direction: string; consultedTeam: { code: string } | null } }[] };
  history: {
    kind: string;
    fromStatus: string | null;
    toStatus: string;
    team: { code: string };
    actor: string;
    details: string;
  }[];
}

/** The fixture world of ticketsHarness, with the id sequences moved past its ids (as the seeder does). */
export async function openLifecycleHarness(engine: Engine): Promise<TicketsHarness> {
  const harness = await openTicketsHarness(engine);
  await advanceSequences(harness.db);
  return harness;
}

/** Runs one mutation field and returns the ticket it answers with, or the first error's code and message. */
export async function mutate(
  harness: TicketsHarness,
  field: string,
  args: string,
  variables: Record<string, unknown> = {},
  variableDefinitions = '',
  caller?: Caller,
): Promise<{ ticket?: TicketView; error?: { code: unknown; message: string } }> {
  const { data, errors } = await harness.run<Record<string, TicketView>>(
    `mutation ${variableDefinitions} { result: ${field}(${args}) { ${TICKET_FIELDS} } }`,
    variables,
    caller,
  );
  const first: GraphQLFormattedError | undefined = errors?.[0];
  if (first) return { error: { code: first.extensions?.['code'], message: first.message } };
  return { ticket: data?.['result'] };
}

export async function readTicket(harness: TicketsHarness, id: string): Promise<TicketView> {
  const { data, errors } = await harness.run<{ ticket: TicketView }>(
    `query ($id: ID!) { ticket(id: $id) { ${TICKET_FIELDS} } }`,
    { id },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.ticket;
}
