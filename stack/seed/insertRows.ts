import type { Queryable } from '../../subgraphs/shared/db';
import type { ColumnType, TableSpec } from './tables';

const ARRAY_TYPE: Record<ColumnType, string> = {
  text: 'text[]',
  int: 'int4[]',
  bool: 'bool[]',
  timestamptz: 'timestamptz[]',
};

/**
 * Inserts `rows` with one statement per `rowsPerStatement` rows: `INSERT … SELECT * FROM unnest($1::text[], …)`
 * takes one array parameter per column, so a statement has as many parameters as the table has columns however
 * many rows it carries (a VALUES list would hit the 65,535-parameter limit), and it works the same on pg and PGlite.
 */
export async function insertRows<Row>(
  db: Queryable,
  spec: TableSpec<Row>,
  rows: readonly Row[],
  rowsPerStatement: number,
): Promise<void> {
  const columns = Object.keys(spec.columns) as (keyof Row & string)[];
  const casts = columns.map((column, index) => `$${index + 1}::${ARRAY_TYPE[spec.columns[column]]}`);
  const sql = `INSERT INTO ${spec.table} (${columns.join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const slice = rows.slice(start, start + rowsPerStatement);
    const params = columns.map((column) => {
      // instants travel as ISO strings: both drivers parse them the same way, whatever the process time zone
      if (spec.columns[column] === 'timestamptz')
        return slice.map((row) => (row[column] as Date | null)?.toISOString() ?? null);
      return slice.map((row) => row[column]);
    });
    await db.query(sql, params);
  }
}
