import { generateSeed } from '../../../stack/seed/generate';
import type { SeedOptions } from '../../../stack/seed/generate';
import { emptyRows } from '../../../stack/seed/rows';
import type { SeedRows } from '../../../stack/seed/rows';
import { TABLE_KEYS } from '../../../stack/seed/tables';

export const AS_OF = new Date('2026-11-01T00:00:00Z');

/** Every batch of a (small) data set merged into one set of rows, for assertions over the whole. */
export function collectRows(options: Partial<SeedOptions> = {}): SeedRows {
  const all = emptyRows();
  for (const batch of generateSeed({ seed: 7, customers: 300, asOf: AS_OF, ...options })) {
    for (const key of TABLE_KEYS) (all[key] as unknown[]).push(...batch.rows[key]);
  }
  return all;
}
