import { groupByKey, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { AgentRow, TeamRow } from './rows';

/** Support teams and their agents. */
export function teamRepository(db: Queryable) {
  return {
    /**
     * Every team and every agent, in one statement, teams by name and agents by name: support staff is a small,
     * slowly changing table (dozens of rows), and a ticket page shows its team, assignee, hand-offs and consulted
     * teams, which would otherwise cost a statement per kind and round.
     */
    async findDirectory(): Promise<{ teams: TeamRow[]; agents: AgentRow[] }> {
      const rows = await db.query<{ kind: 'team' | 'agent'; key: string; name: string; teamCode: string | null }>(
        preparedStatement(`SELECT 'team' AS kind, code AS key, name, NULL::text AS "teamCode" FROM tickets.teams
         UNION ALL
         SELECT 'agent', id, name, team_code FROM tickets.agents
         ORDER BY kind DESC, name, key`),
      );
      const teams: TeamRow[] = [];
      const agents: AgentRow[] = [];
      for (const { kind, key, name, teamCode } of rows) {
        if (kind === 'team') teams.push({ code: key, name });
        else agents.push({ id: key, name, teamCode: teamCode as string });
      }
      return { teams, agents };
    },

    /** Each team's agents, by name. */
    async findAgentsByTeamCodes(codes: readonly string[]): Promise<AgentRow[][]> {
      const rows = await db.query<AgentRow>(
        `SELECT id, name, team_code AS "teamCode" FROM tickets.agents WHERE team_code = ANY($1::text[]) ORDER BY name, id`,
        [codes],
      );
      return groupByKey(codes, rows, (row) => row.teamCode);
    },
  };
}

export type TeamRepository = ReturnType<typeof teamRepository>;
