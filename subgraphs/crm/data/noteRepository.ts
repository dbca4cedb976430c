import { groupByKey, newestFirstPages, preparedStatement } from '../../shared';
import type { PageWithTotal } from '../../shared';
import type { Queryable } from '../../shared';
import type { NoteRow } from './rows';
import type { TimeCursor } from '../../shared';

/** One customer's page of notes: up to `limit` rows after `after`. */
export interface NotePageKey {
  customerId: string;
  limit: number;
  after: TimeCursor | null;
}

const COLUMNS = `n.id, n.customer_id AS "customerId", n.author, n.body, n.created_at AS "createdAt"`;

// the same columns, as newestFirstPages reads them (its alias is `t`)
const PAGED = {
  table: 'crm.notes',
  parentColumn: 'customer_id',
  timeColumn: 'created_at',
  columns: COLUMNS.replace(/\bn\./g, 't.'),
};

/** Batch reads of `crm.notes`; every method is one SQL statement whatever the number of customers. */
export function noteRepository(db: Queryable) {
  return {
    /** A page of rows, newest first, and the customer's total for each key: one statement (see newestFirstPages). */
    pageByCustomers(keys: readonly NotePageKey[]): Promise<PageWithTotal<NoteRow>[]> {
      return newestFirstPages<NoteRow>(
        db,
        PAGED,
        keys.map((key) => ({ ...key, parentId: key.customerId })),
      );
    },

    /** Every note of each customer (the timeline pages them together with other systems' events). */
    async findByCustomerIds(customerIds: readonly string[]): Promise<NoteRow[][]> {
      const rows = await db.query<NoteRow>(
        preparedStatement(
          `SELECT ${COLUMNS} FROM crm.notes n WHERE n.customer_id = ANY($1::text[]) ORDER BY n.created_at DESC, n.id DESC`,
        ),
        [customerIds],
      );
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}
