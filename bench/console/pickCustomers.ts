export interface PickedCustomers {
  /** Searched once each before measuring (loads the page's code paths and the gateway's query plans). */
  warmup: string[];
  /** Searched in the browser, each once. */
  browser: string[];
  /** Asked over plain HTTP, each once, none of them searched in the browser. */
  http: string[];
  /** The page's query sent straight to the subgraphs (the floor), none of the others. */
  floor: string[];
}

/** The number in a customer id (`cus_99871` → 99871): ids are numbered in the order they were seeded. */
const number = (id: string) => Number(id.slice(id.lastIndexOf('_') + 1));

/**
 * Customers no measurement has touched before, none used twice: half of the browser's and of HTTP's from the end of
 * the id range (the rows seeded last, at the end of every table and index), half from anywhere, alternating so
 * neither kind bunches at one end of a run; the floor's from anywhere. `sample` is a random sample of the data set's customer ids (the subgraph host's
 * /sample, in its hash order).
 */
export function pickCustomers(
  sample: readonly string[],
  counts: { warmup: number; browser: number; http: number; floor: number },
): PickedCustomers {
  const needed = counts.warmup + counts.browser + counts.http + counts.floor;
  if (new Set(sample).size < needed)
    throw new Error(`the sample has ${sample.length} customers; the run needs ${needed} different ones`);
  const tailCount = Math.ceil(counts.browser / 2) + Math.ceil(counts.http / 2);
  const tail = [...new Set(sample)].sort((a, b) => number(b) - number(a)).slice(0, tailCount);
  const anywhere = [...new Set(sample)].filter((id) => !tail.includes(id));
  const take = (list: string[], count: number) => list.splice(0, count);
  const warmup = take(anywhere, counts.warmup);
  const alternate = (count: number): string[] =>
    Array.from({ length: count }, (_, n) => (n % 2 === 0 ? tail : anywhere).shift()).filter(
      (id): id is string => id !== undefined,
    );
  const browser = alternate(counts.browser);
  const http = alternate(counts.http);
  const floor = take(anywhere, counts.floor);
  return { warmup, browser, http, floor };
}
