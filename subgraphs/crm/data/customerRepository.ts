import { byKey, notFound, preparedStatement } from '../../shared';
import type { Queryable } from '../../shared';
import type { AddressRow, CustomerRow } from './rows';
import type { TimeCursor } from '../../shared';

const COLUMNS = `c.id, c.name, c.email, c.phone, c.tier, c.preferred_channel AS "preferredChannel", c.created_at AS "createdAt"`;

/** The address columns of findWithAddressesByIds' join, NULL for a customer without addresses. */
type AddressColumns = { [Column in keyof Omit<AddressRow, 'id' | 'customerId'>]: AddressRow[Column] | null } & {
  addressId: string | null;
};

/** A customer and their addresses; `customer` is a NOT_FOUND error when no customer has the id. */
export interface CustomerWithAddresses {
  customer: CustomerRow | Error;
  addresses: AddressRow[];
}

/** Batch reads of `crm.customers`; every method is one SQL statement. */
export function customerRepository(db: Queryable) {
  return {
    /**
     * Customers by id with their addresses (the default one first, then by position), in one statement: a customer
     * page shows both, and a second round trip for a few address rows costs more than repeating the customer's
     * columns on each of them.
     */
    async findWithAddressesByIds(ids: readonly string[]): Promise<CustomerWithAddresses[]> {
      const rows = await db.query<CustomerRow & AddressColumns>(
        preparedStatement(`SELECT ${COLUMNS}, a.id AS "addressId", a.position, a.label, a.street, a.postal_code AS "postalCode", a.city,
                a.country, a.is_default AS "isDefault"
         FROM crm.customers c LEFT JOIN crm.addresses a ON a.customer_id = c.id
         WHERE c.id = ANY($1::text[])
         ORDER BY c.id, a.is_default DESC, a.position`),
        [ids],
      );
      const found = new Map<string, { customer: CustomerRow; addresses: AddressRow[] }>();
      for (const { addressId, position, label, street, postalCode, city, country, isDefault, ...customer } of rows) {
        let entry = found.get(customer.id);
        if (!entry) found.set(customer.id, (entry = { customer, addresses: [] }));
        // a customer without addresses comes back once, with NULL address columns
        if (addressId !== null) {
          const address = { position, label, street, postalCode, city, country, isDefault };
          // the join's address columns are all set when addressId is
          entry.addresses.push({ id: addressId, customerId: customer.id, ...address } as AddressRow);
        }
      }
      return ids.map((id) => found.get(id) ?? { customer: notFound('customer', 'id', id), addresses: [] });
    },

    /** `emails` must be lower-cased already: the match is on lower(email), which the unique index covers. */
    async findByEmails(emails: readonly string[]): Promise<(CustomerRow | Error)[]> {
      const rows = await db.query<CustomerRow>(
        `SELECT ${COLUMNS} FROM crm.customers c WHERE lower(c.email) = ANY($1::text[])`,
        [emails],
      );
      return byKey(
        emails,
        rows,
        (row) => row.email.toLowerCase(),
        (email) => notFound('customer', 'email', email),
      );
    },

    /** `phones` must be in E.164 form, as stored. */
    async findByPhones(phones: readonly string[]): Promise<(CustomerRow | Error)[]> {
      const rows = await db.query<CustomerRow>(
        // phone is not unique: byKey keeps the last row per key, so sorting newest first makes the oldest record win
        `SELECT ${COLUMNS} FROM crm.customers c WHERE c.phone = ANY($1::text[]) ORDER BY c.created_at DESC, c.id DESC`,
        [phones],
      );
      return byKey(
        phones,
        rows,
        (row) => row.phone ?? '',
        (phone) => notFound('customer', 'phone', phone),
      );
    },

    /** Up to `limit` customers newest first (created_at DESC, id DESC), after `after` when given. */
    page(limit: number, after: TimeCursor | null): Promise<CustomerRow[]> {
      return db.query<CustomerRow>(
        `SELECT ${COLUMNS} FROM crm.customers c
         WHERE $2::timestamptz IS NULL OR (c.created_at, c.id) < ($2::timestamptz, $3::text)
         ORDER BY c.created_at DESC, c.id DESC
         LIMIT $1`,
        [limit, after?.at.toISOString() ?? null, after?.id ?? null],
      );
    },

    async count(): Promise<number> {
      const [row] = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM crm.customers`);
      return row?.count ?? 0;
    },
  };
}

export type CustomerRepository = ReturnType<typeof customerRepository>;
