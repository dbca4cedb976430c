import { ErrorCode, invalidIdentifier, notFound, UserInputError } from '../../shared';
import type { TicketsLoaders } from '../loaders';

/** The longest window either threshold may span: one week, in minutes. */
export const MAX_THRESHOLD_MINUTES = 7 * 24 * 60;

/** A threshold in minutes, 1 to one week; BAD_USER_INPUT otherwise. */
export function checkMinutes(argumentName: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_THRESHOLD_MINUTES) {
    throw new UserInputError(
      ErrorCode.BAD_USER_INPUT,
      `"${argumentName}" must be a whole number of minutes from 1 to ${MAX_THRESHOLD_MINUTES} (one week); got ${value}. Leave it out for the default.`,
      { argumentName },
    );
  }
  return value;
}

/** A team code such as `logistics_desk`; INVALID_IDENTIFIER otherwise. */
export function checkTeamCode(argumentName: string, value: string): string {
  if (!/^[a-z_]{1,64}$/.test(value)) {
    throw invalidIdentifier(argumentName, value, 'a team code of lower-case letters and underscores, e.g. billing');
  }
  return value;
}

/**
 * A team code that exists: INVALID_IDENTIFIER for a malformed one, NOT_FOUND for an unknown one, rather than an
 * empty answer that looks like good news.
 */
export async function checkKnownTeam(loaders: TicketsLoaders, argumentName: string, value: string): Promise<string> {
  checkTeamCode(argumentName, value);
  const teams = await loaders.allTeams();
  if (!teams.some((team) => team.code === value)) throw notFound('team', 'code', value);
  return value;
}
