import { groupByKey } from '../../shared';
import type { Queryable } from '../../shared';
import type { AddressRow } from './rows';

/** Batch reads of `crm.addresses`. */
export function addressRepository(db: Queryable) {
  return {
    /** Every address of each customer, the default one first, then by position; one statement. */
    async findByCustomerIds(customerIds: readonly string[]): Promise<AddressRow[][]> {
      const rows = await db.query<AddressRow>(
        `SELECT a.id, a.customer_id AS "customerId", a.position, a.label, a.street, a.postal_code AS "postalCode",
                a.city, a.country, a.is_default AS "isDefault"
         FROM crm.addresses a
         WHERE a.customer_id = ANY($1::text[])
         ORDER BY a.customer_id, a.is_default DESC, a.position`,
        [customerIds],
      );
      return groupByKey(customerIds, rows, (row) => row.customerId);
    },
  };
}
