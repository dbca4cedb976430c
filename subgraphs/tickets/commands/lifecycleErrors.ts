import { ErrorCode, quote, UserInputError } from '../../shared';

/** The errors a lifecycle command raises for a request the caller can fix; each message names the fix. */
export const lifecycleErrors = {
  closed(ticketNumber: string): UserInputError {
    return new UserInputError(
      ErrorCode.TICKET_CLOSED,
      `Ticket ${ticketNumber} is closed and accepts no change. Open a new ticket for a new request.`,
    );
  },
  invalidTransition(ticketNumber: string, status: string, what: string, fix: string): UserInputError {
    return new UserInputError(
      ErrorCode.INVALID_TRANSITION,
      `Ticket ${ticketNumber} is ${status}: it cannot be ${what}. ${fix}`,
      { status },
    );
  },
  sameTeam(ticketNumber: string, team: string, what: string): UserInputError {
    return new UserInputError(
      ErrorCode.SAME_TEAM,
      `Ticket ${ticketNumber} is already owned by ${team}, so it cannot be ${what} it. Choose another team (see Query.teams).`,
    );
  },
  agentNotInTeam(agentId: string, agentTeam: string, team: string, why: string): UserInputError {
    return new UserInputError(
      ErrorCode.AGENT_NOT_IN_TEAM,
      `Agent ${agentId} belongs to ${agentTeam}, not to ${team}, and ${why}. Pick an agent of ${team} (see Query.teams).`,
      { argumentName: 'agentId' },
    );
  },
  noOpenConsultation(ticketNumber: string, team: string): UserInputError {
    return new UserInputError(
      ErrorCode.NO_OPEN_CONSULTATION,
      `Ticket ${ticketNumber} has no open consultation of ${team} (never consulted, or already answered). Consult the team first with consultTeam, or post an internal note with addMessage.`,
    );
  },
  idempotencyKeyReused(key: string, command: string, ticketNumber: string): UserInputError {
    return new UserInputError(
      ErrorCode.IDEMPOTENCY_KEY_REUSED,
      `Idempotency key ${quote(key)} was already used by you for ${command} on ticket ${ticketNumber} with a different request. Send the original request unchanged to get its answer, or use a new key for a new change.`,
      { argumentName: 'idempotencyKey' },
    );
  },
  badInput(argumentName: string, message: string): UserInputError {
    return new UserInputError(ErrorCode.BAD_USER_INPUT, message, { argumentName });
  },
};
