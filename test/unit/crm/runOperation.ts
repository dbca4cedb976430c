import { crmModule } from '../../../subgraphs/crm/module';
import { operationRunner } from '../../support/runOperation';

export type { OperationResult } from '../../support/runOperation';

/** Runs one operation against the crm subgraph with a fresh context, as one HTTP request would. */
export const runOperation = operationRunner(crmModule);
