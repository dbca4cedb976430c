import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useSession } from '../auth/session';
import { defaultActingAgent, teamName } from './actingAgent';
import { useTeams } from './useTeams';

export interface ActingAgent {
  /** The agentId the mutation records; undefined while the teams load, or when the team has no agents. */
  agentId: string | undefined;
  /** The "Acting as" picker for team leads; null for agents, who always act as themselves. */
  field: ReactNode;
  /** Why there is no agentId yet, in words, for the form to show when it is submitted anyway. */
  missing: string | undefined;
}

/**
 * Who a change is recorded as. Agents act as themselves (the gateway refuses anyone else's agentId). A team lead is
 * not an agent, but the mutations record one of the team that does the work (`team`): they pick whom they act for,
 * by default the ticket's assignee or the team's first agent.
 */
export function useActingAgent(team: string, assigneeId: string | null | undefined): ActingAgent {
  const { identity } = useSession();
  const { teams } = useTeams();
  const [chosen, setChosen] = useState<string | undefined>();
  const id = useId();
  if (identity?.role === 'agent') return { agentId: identity.userId, field: null, missing: undefined };
  if (!teams)
    return {
      agentId: undefined,
      field: <p className="loading">Loading agents…</p>,
      missing: 'Wait for the team list to load.',
    };
  const agents = teams.find((candidate) => candidate.code === team)?.agents ?? [];
  const agentId = agents.some((agent) => agent.id === chosen) ? chosen : defaultActingAgent(agents, assigneeId);
  if (agentId === undefined) {
    const missing = `${teamName(teams, team)} has no agents to record this as: add one to the team first.`;
    return { agentId, field: <p className="muted">{missing}</p>, missing };
  }
  return {
    agentId,
    missing: undefined,
    field: (
      <div className="ticket-action-field">
        <label htmlFor={id}>Acting as</label>
        <select id={id} value={agentId} onChange={(event) => setChosen(event.target.value)}>
          {agents.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </select>
      </div>
    ),
  };
}
