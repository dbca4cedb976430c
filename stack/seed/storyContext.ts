import type { Catalogue } from './catalogue';
import type { IdAllocator } from './ids';
import type { Random } from './random';
import type { SeedRows } from './rows';

/** What every story function needs: where to draw from, where to write, and the moment "now" is. */
export interface StoryContext {
  r: Random;
  ids: IdAllocator;
  /** Nothing happens after this instant: events later than it are cut off, which sets the current statuses. */
  asOf: Date;
  catalogue: Catalogue;
  /** The batch being filled. */
  rows: SeedRows;
}
