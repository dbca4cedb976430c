import type { Db } from '../../../subgraphs/shared';

/**
 * Three detailed customers, plus cus_101…cus_120 (older, one address and one note each) for batching tests.
 * cus_2 and cus_3 were created at the same instant, so paging has a tie to break by id.
 */
export async function insertCrmFixtures(db: Db): Promise<void> {
  await db.exec(`
    INSERT INTO crm.customers (id, name, email, phone, tier, preferred_channel, created_at) VALUES
      ('cus_1', 'Maria Schmidt', 'Maria.Schmidt@Example.com', '+4930123456', 'GOLD', 'CHAT', '2026-03-01T09:00:00Z'),
      ('cus_2', 'Jonas Weber', 'jonas@example.com', NULL, 'STANDARD', 'EMAIL', '2026-02-01T09:00:00Z'),
      ('cus_3', 'Lena Fischer', 'lena@example.com', '+4940999888', 'PLATINUM', 'PHONE', '2026-02-01T09:00:00Z');
    INSERT INTO crm.customers (id, name, email, phone, tier, preferred_channel, created_at)
      SELECT 'cus_' || n, 'Customer ' || n, 'customer' || n || '@example.com', NULL, 'SILVER', 'WEB_FORM',
             timestamptz '2020-01-01T00:00:00Z' + n * interval '1 day'
      FROM generate_series(101, 120) AS n;

    INSERT INTO crm.addresses (id, customer_id, position, label, street, postal_code, city, country, is_default) VALUES
      ('adr_1', 'cus_1', 1, 'Office', 'Friedrichstr. 1', '10117', 'Berlin', 'DE', false),
      ('adr_2', 'cus_1', 2, 'Home', 'Kastanienallee 7', '10435', 'Berlin', 'DE', true),
      ('adr_3', 'cus_1', 3, 'Parents', 'Hauptstr. 3', '80331', 'Munich', 'DE', false);
    INSERT INTO crm.addresses (id, customer_id, position, label, street, postal_code, city, country, is_default)
      SELECT 'adr_' || n, 'cus_' || n, 1, 'Home', 'Street ' || n, '10000', 'Berlin', 'DE', true
      FROM generate_series(101, 120) AS n;

    INSERT INTO crm.notes (id, customer_id, author, body, created_at) VALUES
      ('note_1', 'cus_1', 'Anna (Customer care)', 'Prefers delivery after 6pm.', '2026-03-02T10:00:00Z'),
      ('note_2', 'cus_1', 'Ben (Logistics desk)', 'Parcel lost, replacement promised.', '2026-03-05T10:00:00Z'),
      ('note_3', 'cus_1', 'Anna (Customer care)', 'Called back about the replacement.', '2026-03-05T10:00:00Z'),
      ('note_4', 'cus_2', 'Anna (Customer care)', 'Asked for an invoice copy.', '2026-02-03T10:00:00Z');
    INSERT INTO crm.notes (id, customer_id, author, body, created_at)
      SELECT 'note_' || n, 'cus_' || n, 'Anna', 'Note ' || n, timestamptz '2021-01-01T00:00:00Z' + n * interval '1 hour'
      FROM generate_series(101, 120) AS n;
  `);
}
