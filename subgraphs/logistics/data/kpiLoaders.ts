import DataLoader from 'dataloader';
import type { Queryable } from '../../shared';
import { carrierComplaintsRepository } from './carrierComplaintsRepository';
import type { CarrierComplaintRow, ShipmentComplaint } from './carrierComplaintsRepository';

/** Complaints per carrier for each list of complaints per shipment (one TicketKpis per request is the rule). */
export function createKpiLoaders(db: Queryable) {
  const repository = carrierComplaintsRepository(db);
  return {
    carrierComplaints: new DataLoader<readonly ShipmentComplaint[], CarrierComplaintRow[], string>(
      (keys) => Promise.all(keys.map((key) => repository.byCarrier(key))),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}
