// Word lists the generator draws from. Names are ASCII so e-mail addresses can be built from them directly.

// prettier-ignore
export const FIRST_NAMES = [
  'Anna', 'Ben', 'Clara', 'David', 'Emma', 'Felix', 'Greta', 'Hannah', 'Ilias', 'Julia', 'Kai', 'Laura', 'Mehmet',
  'Nina', 'Oskar', 'Paula', 'Quentin', 'Rosa', 'Samir', 'Tara', 'Umut', 'Vera', 'Wanda', 'Xaver', 'Yara', 'Zoe',
  'Lukas', 'Sophie', 'Leon', 'Mia', 'Noah', 'Lea', 'Elias', 'Lina', 'Paul', 'Ella', 'Henry', 'Amira', 'Jan', 'Ida',
  'Mateo', 'Fatima', 'Nils', 'Chiara', 'Tim', 'Sara', 'Moritz', 'Leyla', 'Erik', 'Maja',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Schmidt', 'Schneider', 'Fischer', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Klein',
  'Wolf', 'Schroeder', 'Neumann', 'Schwarz', 'Braun', 'Zimmermann', 'Krueger', 'Hartmann', 'Lange', 'Werner',
  'Krause', 'Lehmann', 'Koehler', 'Yilmaz', 'Kaya', 'Nowak', 'Kowalski', 'Rossi', 'Silva', 'Jansen', 'Peters',
  'Sommer', 'Frank', 'Berger', 'Roth', 'Haas', 'Brandt', 'Vogt', 'Otto', 'Demir', 'Popescu', 'Ivanova', 'Nguyen',
] as const;

/** City, postal code prefix (digits to complete), country. */
// prettier-ignore
export const CITIES: readonly (readonly [city: string, postalPrefix: string, country: string])[] = [
  ['Berlin', '10', 'DE'], ['Hamburg', '20', 'DE'], ['Munich', '80', 'DE'], ['Cologne', '50', 'DE'],
  ['Frankfurt am Main', '60', 'DE'], ['Stuttgart', '70', 'DE'], ['Leipzig', '04', 'DE'], ['Dresden', '01', 'DE'],
  ['Hanover', '30', 'DE'], ['Nuremberg', '90', 'DE'], ['Bremen', '28', 'DE'], ['Freiburg', '79', 'DE'],
  ['Muenster', '48', 'DE'], ['Kiel', '24', 'DE'], ['Vienna', '1', 'AT'], ['Graz', '8', 'AT'], ['Zurich', '80', 'CH'],
  ['Basel', '40', 'CH'], ['Amsterdam', '10', 'NL'],
];

// prettier-ignore
export const STREETS = [
  'Hauptstrasse', 'Bahnhofstrasse', 'Gartenweg', 'Lindenallee', 'Schillerstrasse', 'Goethestrasse', 'Bergstrasse',
  'Kirchplatz', 'Rosenweg', 'Am Markt', 'Friedrichstrasse', 'Kastanienallee', 'Wiesenweg', 'Mozartstrasse',
  'Parkstrasse', 'Seestrasse', 'Muehlenweg', 'Feldstrasse',
] as const;

export const ADDRESS_LABELS = ['Home', 'Work', 'Parents', 'Holiday flat'] as const;

// prettier-ignore
export const PRODUCT_ADJECTIVES = [
  'Compact', 'Classic', 'Wireless', 'Organic', 'Stainless steel', 'Foldable', 'Waterproof', 'Ergonomic', 'Smart',
  'Vintage', 'Lightweight', 'Premium', 'Recycled', 'Portable', 'Ceramic', 'Bamboo',
] as const;

/** Product noun and its price range in minor units. */
// prettier-ignore
export const PRODUCT_NOUNS: readonly (readonly [noun: string, minPrice: number, maxPrice: number])[] = [
  ['kettle', 2499, 8999], ['desk lamp', 1999, 12999], ['backpack', 3999, 15999], ['water bottle', 999, 3999],
  ['bluetooth speaker', 2999, 19999], ['yoga mat', 1999, 6999], ['coffee grinder', 3999, 24999],
  ['office chair', 12999, 49999], ['rain jacket', 5999, 22999], ['chef knife', 2999, 14999],
  ['phone case', 999, 3999], ['running shoes', 6999, 17999], ['duvet cover', 3999, 11999], ['toaster', 2999, 9999],
  ['monitor stand', 2499, 8999], ['tea set', 1999, 7999], ['bike light', 1499, 5999], ['frying pan', 2499, 11999],
  ['keyboard', 3999, 17999], ['wall clock', 1999, 6999],
] as const;

export const HUBS = ['Leipzig', 'Hanover', 'Kassel', 'Nuremberg', 'Cologne', 'Frankfurt', 'Hamburg'] as const;

export const NOTE_BODIES = [
  'Prefers delivery to the Work address on weekdays.',
  'Asked not to be called before 10:00.',
  'Long-standing customer; offered a goodwill voucher after a late delivery.',
  'Has a dog; parcels may be left with the neighbour at number 5.',
  'Requested invoices by e-mail only.',
  'Reported a billing issue last year, resolved quickly; very polite.',
  'Interested in the loyalty programme; send details of the next tier.',
  'Returned two items in a row; check sizes before recommending.',
] as const;
