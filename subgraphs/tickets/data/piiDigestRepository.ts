import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { PiiDigest } from '../../shared/pii/freeTextMasking';

interface DigestRow extends PiiDigest {
  customerId: string;
}

/** Batch reads of `tickets.customer_pii_digests` (migration 007). */
export function piiDigestRepository(db: Queryable) {
  return {
    /** Every digest of each customer; one statement. */
    async findByCustomerIds(customerIds: readonly string[]): Promise<PiiDigest[][]> {
      const rows = await db.query<DigestRow>(
        `SELECT customer_id AS "customerId", kind, digest, length
         FROM tickets.customer_pii_digests WHERE customer_id = ANY($1::text[])`,
        [customerIds],
      );
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}
