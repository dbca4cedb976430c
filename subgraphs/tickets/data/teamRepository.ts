import { byKey, groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { AgentRow, TeamRow } from './rows';

// Tickets, messages and hand-offs reference teams and agents through foreign keys, so a missing one is our bug.
function missing(what: string) {
  return (key: string) =>
    new Error(`invariant violated: ${what} ${JSON.stringify(key)} is referenced but does not exist`);
}

/** Support teams and their agents. */
export function teamRepository(db: Queryable) {
  return {
    /** Every team, by name. */
    findAll(): Promise<TeamRow[]> {
      return db.query<TeamRow>(`SELECT code, name FROM tickets.teams ORDER BY name, code`);
    },

    async findByCodes(codes: readonly string[]): Promise<(TeamRow | Error)[]> {
      const rows = await db.query<TeamRow>(`SELECT code, name FROM tickets.teams WHERE code = ANY($1::text[])`, [
        codes,
      ]);
      return byKey(codes, rows, (row) => row.code, missing('team'));
    },

    async findAgentsByIds(ids: readonly string[]): Promise<(AgentRow | Error)[]> {
      const rows = await db.query<AgentRow>(
        `SELECT id, name, team_code AS "teamCode" FROM tickets.agents WHERE id = ANY($1::text[])`,
        [ids],
      );
      return byKey(ids, rows, (row) => row.id, missing('agent'));
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
