import { logisticsModule } from '../../../subgraphs/logistics/module';
import { operationRunner } from '../../support/runOperation';

export type { OperationResult } from '../../support/runOperation';

/** Runs one operation against the logistics subgraph with a fresh context, as one HTTP request would. */
export const runOperation = operationRunner(logisticsModule);
