import { useQuery } from 'urql';
import { ConsoleKpiTeamsDocument } from '../../../operations/__generated__/graphql';
import {
  CATEGORIES,
  categoryLabel,
  CHANNELS,
  channelLabel,
  dateInputInstant,
  dateInputValue,
  lastDayInputValue,
  WINDOWS,
} from './kpiFilters';
import type { KpiFilters, WindowChoice } from './kpiFilters';

/**
 * The dashboard's filters. Each change goes to the URL (`onChange` navigates), and the page reads them back from
 * there: one source of truth, so a copied URL shows the same view.
 */
export function KpiFilterBar({
  filters,
  range,
  onChange,
}: {
  filters: KpiFilters;
  /** The window shown now: the custom range starts from it. */
  range: { from: string; to: string };
  onChange: (next: KpiFilters) => void;
}) {
  const [teams] = useQuery({ query: ConsoleKpiTeamsDocument, requestPolicy: 'cache-first' });
  const teamOptions = teams.data?.teams ?? [];
  // a team from the URL before the list has loaded (or one it lacks: the KPI query then says it is unknown)
  const unlistedTeam = filters.team && !teamOptions.some((team) => team.code === filters.team) ? filters.team : null;

  const chooseWindow = (window: WindowChoice) =>
    onChange(
      window === 'custom'
        ? { ...filters, window, from: range.from, to: range.to }
        : { ...filters, window, from: undefined, to: undefined },
    );
  const chooseDay = (edge: 'from' | 'to', value: string) => {
    const instant = dateInputInstant(value, { endOfRange: edge === 'to' });
    if (instant) onChange({ ...filters, window: 'custom', [edge]: instant });
  };

  return (
    <div className="kpi-filters">
      <div className="kpi-filter">
        <label htmlFor="kpi-window">Window</label>
        <select
          id="kpi-window"
          value={filters.window}
          onChange={(event) =>
            chooseWindow(WINDOWS.find((window) => window.value === event.target.value)?.value ?? 'custom')
          }
        >
          {WINDOWS.map((window) => (
            <option key={window.value} value={window.value}>
              {window.label}
            </option>
          ))}
          <option value="custom">Custom range</option>
        </select>
      </div>
      {filters.window === 'custom' && (
        <>
          <div className="kpi-filter">
            <label htmlFor="kpi-from">From</label>
            <input
              id="kpi-from"
              type="date"
              value={dateInputValue(range.from)}
              onChange={(event) => chooseDay('from', event.target.value)}
            />
          </div>
          <div className="kpi-filter">
            <label htmlFor="kpi-to">To (inclusive)</label>
            <input
              id="kpi-to"
              type="date"
              value={lastDayInputValue(range.to)}
              onChange={(event) => chooseDay('to', event.target.value)}
            />
          </div>
        </>
      )}
      <div className="kpi-filter">
        <label htmlFor="kpi-team">Team</label>
        <select
          id="kpi-team"
          value={filters.team ?? ''}
          onChange={(event) => onChange({ ...filters, team: event.target.value || undefined })}
        >
          <option value="">All teams</option>
          {teamOptions.map((team) => (
            <option key={team.code} value={team.code}>
              {team.name}
            </option>
          ))}
          {unlistedTeam && <option value={unlistedTeam}>{unlistedTeam}</option>}
        </select>
      </div>
      <div className="kpi-filter">
        <label htmlFor="kpi-category">Category</label>
        <select
          id="kpi-category"
          value={filters.category ?? ''}
          onChange={(event) =>
            onChange({ ...filters, category: CATEGORIES.find((value) => value === event.target.value) })
          }
        >
          <option value="">All categories</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {categoryLabel(category)}
            </option>
          ))}
        </select>
      </div>
      <div className="kpi-filter">
        <label htmlFor="kpi-channel">Channel</label>
        <select
          id="kpi-channel"
          value={filters.channel ?? ''}
          onChange={(event) =>
            onChange({ ...filters, channel: CHANNELS.find((value) => value === event.target.value) })
          }
        >
          <option value="">All channels</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channelLabel(channel)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
