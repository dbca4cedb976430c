import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { ConsoleKpisDocument } from '../../../operations/__generated__/graphql';
import { navigate, useLocation } from '../app/router';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { formatDateTime } from '../ui/format';
import { KpiFigure } from './KpiFigure';
import { KpiFilterBar } from './KpiFilterBar';
import { BAR_COLOURS } from './KpiBarChart';
import { kpiCharts } from './kpiCharts';
import { kpiRange, kpiSearch, kpiVariables, readKpiFilters } from './kpiFilters';
import type { KpiFilters } from './kpiFilters';
import { kpiHeadlines } from './kpiHeadlines';
import './kpis.css';

/** The KPI dashboard (`/kpis`): for team leads and analysts. Loaded as a chunk of its own, with the chart library. */
export function KpiPage() {
  const session = useSession();
  if (!session.can.seeKpis) {
    return (
      <section>
        <h1 tabIndex={-1}>KPIs</h1>
        <p className="notice notice-info">
          The KPI dashboard is for team leads and analysts. Ask your team lead for the figures you need.
        </p>
      </section>
    );
  }
  return <KpiDashboard />;
}

function KpiDashboard() {
  const { search } = useLocation();
  const query = search.toString();
  const filters = useMemo(() => readKpiFilters(new URLSearchParams(query)), [query]);
  // a preset window ends at `now`, fixed until "Refresh": a window that moved with every render would refetch forever
  const [now, setNow] = useState(() => new Date());
  const variables = useMemo(() => kpiVariables(filters, now), [filters, now]);
  const range = kpiRange(filters, now);
  const [result, reexecute] = useQuery({ query: ConsoleKpisDocument, variables });
  const kpis = result.data?.ticketKpis;
  const charts = useMemo(() => (kpis ? kpiCharts(kpis) : []), [kpis]);

  const change = (next: KpiFilters) => navigate(`/kpis${kpiSearch(next)}`);
  const refresh = () => {
    const later = new Date();
    if (JSON.stringify(kpiVariables(filters, later)) === JSON.stringify(variables)) {
      reexecute({ requestPolicy: 'network-only' });
    } else setNow(later);
  };

  return (
    <div className="kpi-page">
      <h1 tabIndex={-1}>KPIs</h1>
      <section aria-labelledby="kpi-filters-heading" className="panel">
        <h2 id="kpi-filters-heading" className="sr-only">
          Filters
        </h2>
        <KpiFilterBar filters={filters} range={range} onChange={change} />
        <p className="kpi-range muted">
          Tickets opened from {formatDateTime(range.from)} to {formatDateTime(range.to)}{' '}
          <button type="button" className="secondary" onClick={refresh} disabled={result.fetching}>
            Refresh
          </button>
        </p>
      </section>

      {!kpis && result.error && <ErrorNotice error={result.error} title="The KPIs could not be loaded." />}
      {!kpis && !result.error && (
        <p className="loading" aria-busy="true">
          Loading the KPIs…
        </p>
      )}
      {kpis && (
        <div aria-busy={result.fetching}>
          {result.fetching && (
            <p className="loading" role="status">
              Updating the KPIs…
            </p>
          )}
          <ErrorNotice error={result.error} partial title="Some figures could not be loaded." />
          <section aria-labelledby="kpi-summary-heading">
            <h2 id="kpi-summary-heading">Summary</h2>
            {kpis.ticketCount === 0 && (
              <p className="notice notice-info">No tickets in this window. Choose a longer window, or fewer filters.</p>
            )}
            <dl className="kpi-headlines">
              {kpiHeadlines(kpis).map((headline) => (
                <div key={headline.term} className="kpi-headline panel">
                  <dt>{headline.term}</dt>
                  <dd>{headline.value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="kpi-charts-heading">
            <h2 id="kpi-charts-heading">Charts</h2>
            <div className="kpi-charts">
              {charts.map((chart, index) => (
                <KpiFigure
                  key={chart.id}
                  chart={chart}
                  colour={BAR_COLOURS[index % BAR_COLOURS.length] ?? BAR_COLOURS[0]}
                  range={{ from: kpis.from, to: kpis.to }}
                />
              ))}
            </div>
          </section>
        </div>
      )}
    </div>
  );
}
