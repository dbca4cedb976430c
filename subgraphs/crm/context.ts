import type { Queryable } from '../shared';
import type { RequestCaller } from '../../platform/caller';
import type { InvalidatingContext } from '../../platform/changeEvents';
import { createLogger, requestLog } from '../../platform/observability';
import { piiLookupAudit } from './data/piiLookupAudit';
import type { PiiLookupAudit } from './data/piiLookupAudit';
import { createCrmLoaders } from './loaders';
import type { CrmLoaders } from './loaders';

/** Outside a request (tests calling the server directly) audit lines go nowhere; the audit rows are still written. */
const NO_LOG = createLogger({ level: 'silent' });

/**
 * What every CRM resolver gets: DataLoaders built for this request only, the PII lookup audit, the caller, and for
 * the one write (Mutation.addCustomerNote) the database, a clock and the request's invalidation.
 */
export interface CrmContext extends RequestCaller, InvalidatingContext {
  loaders: CrmLoaders;
  audit: PiiLookupAudit;
  /** For writes (commands/); reads go through `loaders`. */
  db: Queryable;
  /** The time writes record; a function so tests can pin it. */
  now: () => Date;
}

export interface CrmContextOptions {
  now?: () => Date;
}

export function createCrmContext(db: Queryable, options: CrmContextOptions = {}): CrmContext {
  return {
    loaders: createCrmLoaders(db),
    audit: piiLookupAudit(db, () => requestLog(NO_LOG)),
    db,
    now: options.now ?? (() => new Date()),
  };
}
