import DataLoader from 'dataloader';
import type { ActivityEvent, PageWithTotal, Queryable } from '../shared';
import { addressRepository } from './data/addressRepository';
import { customerRepository } from './data/customerRepository';
import { noteRepository } from './data/noteRepository';
import type { NotePageKey } from './data/noteRepository';
import type { AddressRow, CustomerRow, NoteRow } from './data/rows';
import type { TimeCursor } from '../shared';
import { noteActivity } from './activity/noteActivity';
import { knownPiiOf, piiDigestsOf } from '../shared/pii/freeTextMasking';
import type { KnownPii } from '../shared/pii/freeTextMasking';

/** One page of the customer list (a root field, so one key per request in practice). */
export interface CustomerPageKey {
  limit: number;
  after: TimeCursor | null;
}

function pageCacheKey(key: { limit: number; after: TimeCursor | null; customerId?: string }): string {
  return JSON.stringify([
    key.customerId ?? null,
    key.limit,
    key.after?.at.toISOString() ?? null,
    key.after?.id ?? null,
  ]);
}

/**
 * The DataLoaders of one request. Each batch function sends one SQL statement for all of its keys; customerById also
 * fills addressesByCustomerId from the same statement.
 */
export function createCrmLoaders(db: Queryable) {
  const customers = customerRepository(db);
  const addresses = addressRepository(db);
  const notes = noteRepository(db);

  const addressesByCustomerId = new DataLoader<string, AddressRow[]>((ids) => addresses.findByCustomerIds(ids));
  // the customer page shows the addresses with the header: one statement reads both, and fills addressesByCustomerId
  const customerById = new DataLoader<string, CustomerRow>(async (ids) =>
    (await customers.findWithAddressesByIds(ids)).map(({ customer, addresses: list }) => {
      if (!(customer instanceof Error)) addressesByCustomerId.prime(customer.id, list);
      return customer;
    }),
  );
  const prime = (rows: readonly (CustomerRow | Error)[]) => {
    for (const row of rows) if (!(row instanceof Error)) customerById.prime(row.id, row);
    return rows;
  };

  return {
    customerById,
    /** Keys are lower-cased e-mail addresses. */
    customerByEmail: new DataLoader<string, CustomerRow>(async (emails) => prime(await customers.findByEmails(emails))),
    /** Keys are E.164 phone numbers. */
    customerByPhone: new DataLoader<string, CustomerRow>(async (phones) => prime(await customers.findByPhones(phones))),
    customerPage: new DataLoader<CustomerPageKey, CustomerRow[], string>(
      (keys) =>
        Promise.all(keys.map(async (key) => prime(await customers.page(key.limit, key.after)) as CustomerRow[])),
      { cacheKeyFn: pageCacheKey },
    ),
    customerCount: new DataLoader<'all', number>((keys) => Promise.all(keys.map(() => customers.count()))),
    addressesByCustomerId,
    /** The customer's own e-mail, phone and streets, for masking them in notes and the timeline (see @pii). */
    knownPiiByCustomerId: new DataLoader<string, KnownPii>(async (ids) => {
      const [rows, addressLists] = await Promise.all([customerById.loadMany(ids), addressesByCustomerId.loadMany(ids)]);
      return ids.map((_id, index) => {
        const row = rows[index];
        const list = addressLists[index];
        return knownPiiOf(
          piiDigestsOf({
            emails: row && !(row instanceof Error) ? [row.email] : [],
            phones: row && !(row instanceof Error) ? [row.phone] : [],
            streets: list && !(list instanceof Error) ? list.map((address) => address.street) : [],
          }),
        );
      });
    }),
    /** A page of the customer's notes with their total, in one statement. */
    notePageByCustomerId: new DataLoader<NotePageKey, PageWithTotal<NoteRow>, string>(
      (keys) => notes.pageByCustomers(keys),
      { cacheKeyFn: pageCacheKey },
    ),
    noteActivityByCustomerId: new DataLoader<string, ActivityEvent[]>(async (ids) =>
      (await notes.findByCustomerIds(ids)).map((group) => group.map(noteActivity)),
    ),
  };
}

export type CrmLoaders = ReturnType<typeof createCrmLoaders>;
