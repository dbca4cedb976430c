import type { Queryable } from '../shared';
import type { RequestCaller } from '../../platform/caller';
import { createLogger, requestLog } from '../../platform/observability';
import { piiLookupAudit } from './data/piiLookupAudit';
import type { PiiLookupAudit } from './data/piiLookupAudit';
import { createCrmLoaders } from './loaders';
import type { CrmLoaders } from './loaders';

/** Outside a request (tests calling the server directly) audit lines go nowhere; the audit rows are still written. */
const NO_LOG = createLogger({ level: 'silent' });

/** What every CRM resolver gets: DataLoaders built for this request only, the PII lookup audit, and the caller. */
export interface CrmContext extends RequestCaller {
  loaders: CrmLoaders;
  audit: PiiLookupAudit;
}

export function createCrmContext(db: Queryable): CrmContext {
  return { loaders: createCrmLoaders(db), audit: piiLookupAudit(db, () => requestLog(NO_LOG)) };
}
