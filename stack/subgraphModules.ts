import type { SubgraphName } from '../subgraphs/shared/catalog';
import type { SubgraphModule } from '../subgraphs/shared/SubgraphModule';
import { crmModule } from '../subgraphs/crm/module';
import { inventoryModule } from '../subgraphs/inventory/module';
import { logisticsModule } from '../subgraphs/logistics/module';
import { ordersModule } from '../subgraphs/orders/module';
import { ticketsModule } from '../subgraphs/tickets/module';

/**
 * Forgets a module's context type so the five fit in one map. Safe because a module's `createContext` and its
 * hooks travel together: whoever runs it hands the context it built straight back to its own resolvers and
 * `knownPii` hooks. The cast stays because those hooks take the context as a parameter (so SubgraphModule<C> is no
 * SubgraphModule<object>) and TypeScript has no existential type for "a module of some context".
 */
function erase<Context extends object>(module: SubgraphModule<Context>): SubgraphModule<object> {
  return module as unknown as SubgraphModule<object>;
}

/** Every subgraph module by name, for the processes that pick one by name or run all five. */
export const SUBGRAPH_MODULES: Record<SubgraphName, SubgraphModule<object>> = {
  crm: erase(crmModule),
  orders: erase(ordersModule),
  inventory: erase(inventoryModule),
  logistics: erase(logisticsModule),
  tickets: erase(ticketsModule),
};
