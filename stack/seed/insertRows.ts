import type { Queryable } from '../../subgraphs/shared/db';
import type { ColumnType, TableSpec } from './tables';

const ARRAY_TYPE: Record<ColumnType, string> = {
  text: 'text[]',
  int: 'int4[]',
  bool: 'bool[]',
  timestamptz: 'timestamptz[]',
  // an array per row cannot travel in an array parameter (PostgreSQL arrays are rectangular): its literal can
  'text[]': 'text[]',
};

/** `{"a","b"}`: the array literal of `values`, each quoted, so commas, braces and quotes in them survive. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * Inserts `rows` with one statement per `rowsPerStatement` rows: `INSERT … SELECT … FROM unnest($1::text[], …)`
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
  const values = columns.map((column) => `u."${column}"${spec.columns[column] === 'text[]' ? '::text[]' : ''}`);
  const sql =
    `INSERT INTO ${spec.table} (${columns.join(', ')}) ` +
    `SELECT ${values.join(', ')} FROM unnest(${casts.join(', ')}) AS u (${columns.map((c) => `"${c}"`).join(', ')})`;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const slice = rows.slice(start, start + rowsPerStatement);
    const params = columns.map((column) => {
      // instants travel as ISO strings: both drivers parse them the same way, whatever the process time zone
      if (spec.columns[column] === 'timestamptz')
        return slice.map((row) => (row[column] as Date | null)?.toISOString() ?? null);
      if (spec.columns[column] === 'text[]') {
        return slice.map((row) => {
          const array = (row[column] ?? null) as readonly string[] | null;
          return array === null ? null : arrayLiteral(array);
        });
      }
      return slice.map((row) => row[column]);
    });
    await db.query(sql, params);
  }
}
