import { join } from 'node:path';
import { loadTypeDefs } from '../shared';
import type { SubgraphModule } from '../shared';
import { NO_KNOWN_PII } from '../shared/pii/freeTextMasking';
import { createOrdersContext } from './context';
import type { OrdersContext } from './context';
import { resolvers } from './resolvers';

/** Orders: what customers bought, what they paid, what we refunded, and the order events of the timeline. */
export const ordersModule: SubgraphModule<OrdersContext> = {
  name: 'orders',
  typeDefs: loadTypeDefs('orders'),
  resolvers,
  migrationsDir: join(__dirname, 'data', 'migrations'),
  createContext: createOrdersContext,
  // refund reasons are @pii(kind: FREE_TEXT); this subgraph holds no contact data of the customer, so the detectors
  // alone mask them (e-mails, phones, IBANs, cards, streets)
  knownPii: { Refund: () => NO_KNOWN_PII },
};
