import { join } from 'node:path';
import { loadTypeDefs } from '../shared';
import type { SubgraphModule } from '../shared';
import { NO_KNOWN_PII } from '../shared/pii/freeTextMasking';
import { createLogisticsContext } from './context';
import type { LogisticsContext } from './context';
import { resolvers } from './resolvers';

/** Shipments, their tracking events, and the shipment side of orders and customers. */
export const logisticsModule: SubgraphModule<LogisticsContext> = {
  name: 'logistics',
  typeDefs: loadTypeDefs('logistics'),
  resolvers,
  migrationsDir: join(__dirname, 'data', 'migrations'),
  createContext: createLogisticsContext,
  // carriers' event texts are @pii(kind: FREE_TEXT); this subgraph holds no contact data of the customer, so the detectors
  // alone mask them (e-mails, phones, IBANs, cards, streets)
  knownPii: { TrackingEvent: () => NO_KNOWN_PII },
};
