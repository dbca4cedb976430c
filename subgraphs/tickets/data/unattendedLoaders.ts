import DataLoader from 'dataloader';
import type { Queryable } from '../../shared';
import { unattendedRepository } from './unattendedRepository';
import type { UnattendedPage, UnattendedPageKey } from './unattendedRepository';
import type { TeamUnattendedRow, UnattendedFilter } from './unattendedRows';

// Keys are objects; compare them by value (Dates serialize to ISO text).
const byValue = { cacheKeyFn: (key: unknown) => JSON.stringify(key) };

/** Per-request loaders of the unattended list and summary (root fields: usually one key per request). */
export function createUnattendedLoaders(db: Queryable) {
  const repository = unattendedRepository(db);
  return {
    unattendedPage: new DataLoader<UnattendedPageKey, UnattendedPage, string>(
      (keys) => Promise.all(keys.map((key) => repository.page(key))),
      byValue,
    ),
    unattendedSummary: new DataLoader<UnattendedFilter, TeamUnattendedRow[], string>(
      (keys) => Promise.all(keys.map((key) => repository.summary(key))),
      byValue,
    ),
  };
}
