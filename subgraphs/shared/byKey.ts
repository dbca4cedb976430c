/**
 * Orders `rows` to match `keys`, as DataLoader needs: one entry per key, in key order, `missing(key)` where no row
 * has it.
 */
export function byKey<Row, Key>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
  missing: (key: Key) => Row | Error,
): (Row | Error)[] {
  const index = new Map<Key, Row>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((key) => index.get(key) ?? missing(key));
}

/** Groups `rows` by `keyOf`, one (possibly empty) array per key, in key order, each group in row order. */
export function groupByKey<Row, Key>(keys: readonly Key[], rows: readonly Row[], keyOf: (row: Row) => Key): Row[][] {
  const groups = new Map<Key, Row[]>();
  for (const key of keys) groups.set(key, []);
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
