// The federation workload's data, held in memory. Its shape follows the public graphql-hive/graphql-gateways-benchmark
// ("federation"), so that our figures can stand beside the published ones: the same counts (6 users, 9 products,
// 11 reviews), the same links between them and text of the same lengths. The values are our own.

export interface BenchUser {
  id: string;
  name: string;
  username: string;
  birthday: number;
}

export interface BenchProduct {
  upc: string;
  name: string;
  price: number;
  weight: number;
}

export interface BenchReview {
  id: string;
  body: string;
  productUpc: string;
}

export const USERS: readonly BenchUser[] = [
  { id: '1', name: 'Mira Castellan', username: 'mirac', birthday: 1234567890 },
  { id: '2', name: 'Dana Miller', username: 'danamiller', birthday: 1234567890 },
  { id: '3', name: 'Kim Andersson', username: 'kimandersson', birthday: 1234567890 },
  { id: '4', name: 'Alex Petrovici', username: 'alexpet', birthday: 1234567890 },
  { id: '5', name: 'Sam Okonkwo', username: 'samokonkwo', birthday: 1234567890 },
  { id: '6', name: 'Lea Fontaine', username: 'leafon', birthday: 1234567890 },
];

export const PRODUCTS: readonly BenchProduct[] = [
  { upc: '1', name: 'Shelf', price: 899, weight: 100 },
  { upc: '2', name: 'Bench', price: 1299, weight: 1000 },
  { upc: '3', name: 'Plate', price: 15, weight: 20 },
  { upc: '4', name: 'Stool', price: 499, weight: 100 },
  { upc: '5', name: 'PC', price: 1299, weight: 1000 },
  { upc: '6', name: 'Desk', price: 6999, weight: 300 },
  { upc: '7', name: 'Stove', price: 3999, weight: 2000 },
  { upc: '8', name: 'Heater', price: 100000, weight: 6000 },
  { upc: '9', name: 'Sink', price: 9999, weight: 800 },
];

/** Whether each product (by upc) is in stock: what the inventory subgraph owns. */
export const IN_STOCK: ReadonlyMap<string, boolean> = new Map(
  PRODUCTS.map(({ upc }, index) => [upc, [true, false, false, false, true, true, true, false, true][index] ?? false]),
);

const REVIEW_TEXT =
  'Sturdy and well finished; it arrived a day early, packed with care, and looks as it did in the pictures. ' +
  'Assembly took ten minutes with the tools in the box. The colour is a shade darker than shown. ';

/** Review text of exactly `length` characters: the public benchmark's bodies run from 143 to 844 characters. */
function reviewText(length: number): string {
  return REVIEW_TEXT.repeat(Math.ceil(length / REVIEW_TEXT.length))
    .slice(0, length)
    .replace(/ $/, '.');
}

/** Four reviews on product 1, four on 2, one on 3, two on 4; none on the other five. */
export const REVIEWS: readonly BenchReview[] = (
  [
    ['1', 445],
    ['1', 289],
    ['1', 275],
    ['1', 143],
    ['2', 445],
    ['2', 289],
    ['2', 275],
    ['2', 143],
    ['3', 143],
    ['4', 143],
    ['4', 844],
  ] as const
).map(([productUpc, length], index) => ({ id: String(index + 1), body: reviewText(length), productUpc }));

/**
 * As in the public benchmark, every user is credited with the first two reviews and every review names the first
 * user as its author: the nesting, not the data, is what the query exercises.
 */
export const REVIEWS_OF_ANY_USER: readonly BenchReview[] = REVIEWS.slice(0, 2);
export const AUTHOR_OF_ANY_REVIEW: BenchUser = USERS[0] as BenchUser;
