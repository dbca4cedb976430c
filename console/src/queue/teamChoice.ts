import type { Identity } from '../auth/identity';

interface TeamLike {
  code: string;
  name: string;
}

interface SummaryLike {
  team: { code: string };
  count: number;
}

/**
 * The team `/queue` opens on: an agent's own; for anyone else (a team lead) the team with the most unattended
 * tickets, the first listed on a tie. Undefined until the teams are loaded (or when there are none).
 */
export function defaultTeam(
  identity: Pick<Identity, 'role' | 'team'>,
  teams: readonly TeamLike[] | undefined,
  summaries: readonly SummaryLike[] | undefined,
): string | undefined {
  if (identity.role === 'agent' && identity.team) return identity.team;
  if (!teams || teams.length === 0) return undefined;
  const count = (code: string) => summaries?.find((entry) => entry.team.code === code)?.count ?? 0;
  return teams.reduce((best, team) => (count(team.code) > count(best.code) ? team : best)).code;
}

/** "Logistics desk (4)", and "Customer care (8, your team)" for an agent's own. */
export function teamOptionLabel(
  team: TeamLike,
  summaries: readonly SummaryLike[] | undefined,
  ownTeam: string | undefined,
): string {
  const count = summaries?.find((entry) => entry.team.code === team.code)?.count;
  const notes = [...(count === undefined ? [] : [String(count)]), ...(team.code === ownTeam ? ['your team'] : [])];
  return notes.length > 0 ? `${team.name} (${notes.join(', ')})` : team.name;
}
