// What a partial customer page is missing, in a sentence per failed system: "Parcels could not be loaded (logistics
// is unavailable). The rest of the page is current." The gateway names the failed subgraph in
// extensions.serviceName (SUBGRAPH_UNAVAILABLE and friends); without it, the error's path says where the hole is.

import type { ShownError } from '../ui/graphqlErrors';

/** What each subgraph contributes to this page, as the person at the screen knows it. */
const SECTION_OF_SERVICE: Record<string, string> = {
  crm: 'The customer profile, notes and timeline',
  orders: 'Orders, payments and refunds',
  inventory: 'Stock levels',
  logistics: 'Parcels',
  tickets: 'Tickets',
};

/** The field of the page a path without a service points into (`customer.orders.edges.0.node.shipments`). */
const SECTION_OF_FIELD: [field: string, section: string][] = [
  ['shipments', 'Parcels'],
  ['stock', 'Stock levels'],
  ['product', 'Products'],
  ['orders', 'Orders'],
  ['tickets', 'Tickets'],
  ['openTickets', 'Open tickets'],
  ['timeline', 'The timeline'],
  ['notes', 'Notes'],
];

function sectionOfPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const fields = path.split('.');
  // the innermost named field wins: a parcel's hole inside an order is about parcels
  for (let index = fields.length - 1; index >= 0; index -= 1) {
    const match = SECTION_OF_FIELD.find(([field]) => field === fields[index]);
    if (match) return match[1];
  }
  return undefined;
}

/** One sentence per missing part, each saying it could not be loaded and which system failed (when known). */
export function partialNoticeSentences(errors: readonly ShownError[]): string[] {
  const sentences = new Set<string>();
  for (const error of errors) {
    if (error.service) {
      const section = SECTION_OF_SERVICE[error.service] ?? `Data from ${error.service}`;
      sentences.add(`${section} could not be loaded (${error.service} is unavailable).`);
      continue;
    }
    const section = sectionOfPath(error.path);
    sentences.add(section ? `${section} could not be loaded.` : 'Part of the page could not be loaded.');
  }
  if (sentences.size === 0) return [];
  return [...sentences, 'The rest of the page is current.'];
}

/** Whether `service` failed (a section it fills then says so where its content would be). */
export function serviceFailed(errors: readonly ShownError[], service: string): boolean {
  return errors.some((error) => error.service === service);
}
