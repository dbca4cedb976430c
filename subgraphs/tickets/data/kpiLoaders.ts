import DataLoader from 'dataloader';
import type { Queryable } from '../../shared';
import type { KpiParent } from './kpiFilter';
import { kpiRepository } from './kpiRepository';

// One TicketKpis per request is the rule, so each batch runs its keys' statements side by side.
function perKey<Value>(read: (key: KpiParent) => Promise<Value>): DataLoader<KpiParent, Value, string> {
  return new DataLoader<KpiParent, Value, string>((keys) => Promise.all(keys.map(read)), {
    cacheKeyFn: (key) => JSON.stringify(key),
  });
}

/** Per-request loaders of the KPI statements: each field group is read at most once per TicketKpis. */
export function createKpiLoaders(db: Queryable) {
  const kpis = kpiRepository(db);
  return {
    kpiSummary: perKey(({ filter, now }) => kpis.summary(filter, now)),
    kpiBacklog: perKey(({ filter, now }) => kpis.backlog(filter, now)),
    kpiVolumeByCategory: perKey(({ filter }) => kpis.volumeByCategory(filter)),
    kpiVolumeByChannel: perKey(({ filter }) => kpis.volumeByChannel(filter)),
    kpiComplaintsByOrder: perKey(({ filter }) => kpis.complaintsByOrder(filter)),
    kpiComplaintsByShipment: perKey(({ filter }) => kpis.complaintsByShipment(filter)),
  };
}
