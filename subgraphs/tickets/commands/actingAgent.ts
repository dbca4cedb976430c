import { GraphQLError } from 'graphql';
import type { Caller } from '../../../platform/caller';

/**
 * An agent acts as themself: the agent id a mutation names as the one acting must be the caller's own. Supervisors
 * and services (an internal tool) may act for any agent; the event still records who really did (acted_by).
 * Agents act on tickets of any team.
 */
export function checkActingAgent(caller: Caller | undefined, agentId: string | null | undefined): void {
  if (caller?.role !== 'agent' || agentId === undefined || agentId === null || agentId === caller.userId) return;
  throw new GraphQLError(
    `You are signed in as agent ${caller.userId} and cannot act as ${agentId}. Pass agentId: "${caller.userId}" — to hand a ticket to a colleague, use assignTicket or transferTicket.`,
    { extensions: { code: 'FORBIDDEN', argumentName: 'agentId' } },
  );
}
