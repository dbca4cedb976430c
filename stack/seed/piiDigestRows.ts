import { piiDigestsOf } from '../../subgraphs/shared/pii/freeTextMasking';
import type { SeedRows } from './rows';

/**
 * The tickets subgraph's digests of each customer's own e-mail, phone and streets (tickets migration 007), from
 * the customers and addresses of the same batch: tickets masks them in ticket texts without holding the values.
 */
export function addPiiDigestRows(rows: SeedRows): void {
  const streets = new Map<string, string[]>();
  for (const address of rows.addresses) {
    const list = streets.get(address.customer_id) ?? [];
    list.push(address.street);
    streets.set(address.customer_id, list);
  }
  for (const customer of rows.customers) {
    const digests = piiDigestsOf({
      emails: [customer.email],
      phones: [customer.phone],
      streets: streets.get(customer.id) ?? [],
    });
    // two addresses on one street give one digest of its name: the table's key is (customer, digest)
    const seen = new Set<string>();
    for (const { kind, digest, length } of digests) {
      if (seen.has(digest)) continue;
      seen.add(digest);
      rows.customerPiiDigests.push({ customer_id: customer.id, kind, digest, length });
    }
  }
}
