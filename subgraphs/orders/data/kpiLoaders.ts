import DataLoader from 'dataloader';
import type { Queryable } from '../../shared';
import { productComplaintsRepository } from './productComplaintsRepository';
import type { OrderComplaint, ProductComplaintRow } from './productComplaintsRepository';

/** Complaints per product for each list of complaints per order (one TicketKpis per request is the rule). */
export function createKpiLoaders(db: Queryable) {
  const repository = productComplaintsRepository(db);
  return {
    productComplaints: new DataLoader<readonly OrderComplaint[], ProductComplaintRow[], string>(
      (keys) => Promise.all(keys.map((key) => repository.byProduct(key))),
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}
