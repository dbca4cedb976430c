import { useCallback, useEffect, useId, useRef } from 'react';
import { useQuery } from 'urql';
import { ConsoleQueueTeamsDocument } from '../../../operations/__generated__/graphql';
import { navigate } from '../app/router';
import { useSession } from '../auth/session';
import type { Identity } from '../auth/identity';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { RowAction } from './QueueTable';
import { TeamQueueView } from './TeamQueueView';
import { defaultTeam, teamOptionLabel } from './teamChoice';
import './queue.css';

/**
 * The team queue (`/queue/:team`): what waits for someone in one team, live. Agents open on their own team and may
 * look at others without acting; team leads (supervisors) see and assign in every team; analysts have no queue.
 */
export function QueuePage({ team }: { team?: string | undefined }) {
  const session = useSession();
  let body;
  if (!session.identity) {
    body = session.error ? (
      <p>Sign in to see a team queue.</p>
    ) : (
      <p className="loading" aria-busy="true">
        Signing in…
      </p>
    );
  } else if (!session.can.seeQueue) {
    body = (
      <p className="notice notice-info">
        Your role does not have a team queue. Agents and team leads work from it; find a customer instead, or open the
        KPIs.
      </p>
    );
  } else {
    body = <TeamQueue team={team} identity={session.identity} canAct={session.can.act} />;
  }
  return (
    <div className="queue-page">
      <h1 tabIndex={-1}>Team queue</h1>
      {body}
    </div>
  );
}

function TeamQueue({ team, identity, canAct }: { team: string | undefined; identity: Identity; canAct: boolean }) {
  const [teams, reexecuteTeams] = useQuery({ query: ConsoleQueueTeamsDocument });
  const selectId = useId();
  const select = useRef<HTMLSelectElement>(null);
  const teamList = teams.data?.teams;
  const summaries = teams.data?.unattendedSummary;

  // /queue alone: open a team (the agent's own, or for a lead the one with the most waiting) without a history entry
  const fallback = team === undefined ? defaultTeam(identity, teamList, summaries) : undefined;
  useEffect(() => {
    if (fallback) navigate(`/queue/${encodeURIComponent(fallback)}`, { replace: true });
  }, [fallback]);

  const refetchTeams = useCallback(() => reexecuteTeams({ requestPolicy: 'network-only' }), [reexecuteTeams]);

  const chosen = teamList?.find((candidate) => candidate.code === team);
  const summary = summaries?.find((entry) => entry.team.code === team);
  const ownTeam = identity.role === 'agent' ? identity.team : undefined;
  const action: RowAction =
    !canAct || !chosen
      ? { kind: 'none' }
      : identity.role === 'agent'
        ? team === ownTeam
          ? { kind: 'take', agentId: identity.userId }
          : { kind: 'none' }
        : { kind: 'assign', agents: chosen.agents };

  return (
    <>
      <div className="queue-toolbar">
        <label htmlFor={selectId}>Team</label>
        <select
          id={selectId}
          ref={select}
          value={chosen ? chosen.code : ''}
          disabled={!teamList}
          onChange={(event) => {
            navigate(`/queue/${encodeURIComponent(event.target.value)}`);
            // the router focuses the new page's heading; changing the team is not a new page for the keyboard
            requestAnimationFrame(() => select.current?.focus());
          }}
        >
          {!chosen && <option value="">{teamList ? 'Choose a team' : 'Loading teams…'}</option>}
          {teamList?.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {teamOptionLabel(candidate, summaries, ownTeam)}
            </option>
          ))}
        </select>
      </div>
      <ErrorNotice error={teams.error} partial={teamList !== undefined} title="The teams could not be loaded." />
      {team !== undefined && teamList && !chosen && (
        <p role="alert" className="notice notice-warn">
          No team has the code “{team}”. Choose one from the list.
        </p>
      )}
      {ownTeam && team !== undefined && team !== ownTeam && chosen && (
        <p className="notice notice-info">
          You are looking at {chosen.name}&apos;s queue: read only. You take tickets in your own team&apos;s queue.
        </p>
      )}
      {team !== undefined && (chosen || !teamList) && (
        <TeamQueueView
          key={team}
          team={team}
          teamName={chosen?.name ?? team}
          summary={summary}
          action={action}
          onQueueChanged={refetchTeams}
        />
      )}
    </>
  );
}
