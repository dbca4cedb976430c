export type { Db, Queryable } from './Db';
export { pgliteDb } from './pgliteDb';
export { postgresDb } from './postgresDb';
export { openEmbeddedPostgres } from './openEmbeddedPostgres';
export type { EmbeddedPostgres } from './openEmbeddedPostgres';
export { migrate } from './migrate';
export { newestFirstPages, countPerParent } from './perParent';
export type { ParentPageKey, ChildTable } from './perParent';
