// The numbers above the charts: what a team lead reads first. Durations as a person says them ("2 h 5 min").
import { formatDuration } from '../ui/format';
import type { KpiResult } from './kpiCharts';
import { perTicket, shareToPercent } from './kpiCharts';

export interface KpiHeadline {
  term: string;
  value: string;
}

function duration(seconds: number | null): string {
  return seconds === null ? '—' : formatDuration(seconds * 1000);
}

function percent(share: number | null): string {
  const value = shareToPercent(share);
  return value === null ? '—' : `${value} %`;
}

export function kpiHeadlines(kpis: KpiResult): KpiHeadline[] {
  const handoffs = perTicket(kpis.handoffsPerTicket);
  return [
    { term: 'Tickets', value: String(kpis.ticketCount) },
    { term: 'First response, median', value: duration(kpis.firstResponseTime.median) },
    { term: 'First response, 90th percentile', value: duration(kpis.firstResponseTime.p90) },
    { term: 'Resolution, median', value: duration(kpis.resolutionTime.median) },
    { term: 'Resolution, 90th percentile', value: duration(kpis.resolutionTime.p90) },
    { term: 'SLA breach rate', value: percent(kpis.slaBreachRate) },
    { term: 'Reopen rate', value: percent(kpis.reopenRate) },
    { term: 'Hand-offs per ticket', value: handoffs === null ? '—' : String(handoffs) },
  ];
}
