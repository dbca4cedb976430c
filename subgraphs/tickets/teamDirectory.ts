import type { TeamRepository } from './data/teamRepository';
import type { AgentRow, TeamRow } from './data/rows';

// Tickets, messages and hand-offs reference teams and agents through foreign keys, so a missing one is our bug.
function missing(what: string, key: string): Error {
  return new Error(`invariant violated: ${what} ${JSON.stringify(key)} is referenced but does not exist`);
}

/** The teams and agents of one request. */
export interface TeamDirectory {
  /** Rejects for an unknown code (see `missing`). */
  teamByCode: { load(code: string): Promise<TeamRow> };
  /** Rejects for an unknown id. */
  agentById: { load(id: string): Promise<AgentRow> };
  /** Every team, by name. */
  allTeams(): Promise<TeamRow[]>;
}

/**
 * Teams and agents for one request, read once, together, on first use (see TeamRepository.findDirectory): a
 * customer story's tickets, assignees, hand-offs and consulted teams then cost one statement, however many there
 * are and in whichever round they are resolved. Nothing outlives the request, so nothing goes stale.
 */
export function createTeamDirectory(teams: TeamRepository): TeamDirectory {
  let read:
    Promise<{ teams: TeamRow[]; teamsByCode: Map<string, TeamRow>; agentsById: Map<string, AgentRow> }> | undefined;
  const directory = () =>
    (read ??= teams.findDirectory().then((rows) => ({
      teams: rows.teams,
      teamsByCode: new Map(rows.teams.map((team) => [team.code, team])),
      agentsById: new Map(rows.agents.map((agent) => [agent.id, agent])),
    })));
  return {
    teamByCode: {
      async load(code) {
        const team = (await directory()).teamsByCode.get(code);
        if (!team) throw missing('team', code);
        return team;
      },
    },
    agentById: {
      async load(id) {
        const agent = (await directory()).agentsById.get(id);
        if (!agent) throw missing('agent', id);
        return agent;
      },
    },
    allTeams: async () => (await directory()).teams,
  };
}
