export interface AgentOption {
  id: string;
  name: string;
}

export interface TeamOption {
  code: string;
  name: string;
  agents: readonly AgentOption[];
}

/**
 * Who a team lead acts as by default (mutations record an agent of the team): the agent the ticket is assigned
 * to when they belong to the team, else the team's first agent; undefined when the team has nobody.
 */
export function defaultActingAgent(
  agents: readonly AgentOption[],
  assigneeId: string | null | undefined,
): string | undefined {
  return agents.find((agent) => agent.id === assigneeId)?.id ?? agents[0]?.id;
}

/** A team's name for the page ("Logistics desk"), or its code while the team list loads or for an unknown team. */
export function teamName(teams: readonly TeamOption[] | undefined, code: string): string {
  return teams?.find((team) => team.code === code)?.name ?? code;
}
