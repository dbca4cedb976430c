import { useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { ConsoleTicketTeamsDocument } from '../../../operations/__generated__/graphql';
import type { TeamOption } from './actingAgent';

/**
 * The teams and their agents, for the pickers and for naming teams. Every ticket on a page asks; urql sends one
 * request and serves the rest from its cache (teams change with a release, not during a shift).
 */
export function useTeams(): { teams: readonly TeamOption[] | undefined; error: CombinedError | undefined } {
  const [{ data, error }] = useQuery({ query: ConsoleTicketTeamsDocument, requestPolicy: 'cache-first' });
  return { teams: data?.teams, error };
}
