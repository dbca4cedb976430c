import { inventoryModule } from '../../../subgraphs/inventory/module';
import { operationRunner } from '../../support/runOperation';

export type { OperationResult } from '../../support/runOperation';

/** Runs one operation against the inventory subgraph with a fresh context, as one HTTP request would. */
export const runOperation = operationRunner(inventoryModule);
