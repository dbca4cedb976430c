import type { Queryable } from '../shared';
import { createCrmLoaders } from './loaders';
import type { CrmLoaders } from './loaders';

/** What every CRM resolver gets: DataLoaders built for this request only. */
export interface CrmContext {
  loaders: CrmLoaders;
}

export function createCrmContext(db: Queryable): CrmContext {
  return { loaders: createCrmLoaders(db) };
}
