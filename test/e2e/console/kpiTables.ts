import type { Page } from 'playwright-core';

/** A DOM node's text, for code that runs in the page (the root project has no DOM types). */
type Cell = { textContent: string | null };

/** The same figures the dashboard asks for, sent by the test itself (ad hoc, as a supervisor's tool would). */
export const KPIS_QUERY = /* GraphQL */ `
  query e2eKpis($from: DateTime!, $to: DateTime!, $team: ID) {
    ticketKpis(from: $from, to: $to, team: $team) {
      firstResponseTime {
        median
        p90
      }
      resolutionTime {
        median
        p90
      }
      slaBreachRate
      reopenRate
      backlog {
        label
        count
      }
      volumeByCategory {
        category
        count
      }
      volumeByChannel {
        channel
        count
      }
      handoffsPerTicket
      transfersPerTicket
      consultsPerTicket
      complaintsByProduct {
        product {
          sku
        }
        tickets
      }
      complaintsByCarrier {
        carrier
        tickets
      }
    }
  }
`;

export interface Kpis {
  firstResponseTime: { median: number | null; p90: number | null };
  resolutionTime: { median: number | null; p90: number | null };
  slaBreachRate: number | null;
  reopenRate: number | null;
  backlog: { label: string; count: number }[];
  volumeByCategory: { category: string; count: number }[];
  volumeByChannel: { channel: string; count: number }[];
  handoffsPerTicket: number | null;
  transfersPerTicket: number | null;
  consultsPerTicket: number | null;
  complaintsByProduct: { product: { sku: string } | null; tickets: number }[];
  complaintsByCarrier: { carrier: string; tickets: number }[];
}

/** The charts as shown: each data table (caption → row key → the value column's text), and every figure's caption. */
export interface ShownTables {
  tables: Record<string, Record<string, string>>;
  figures: string[];
}

/** Row labels compared loosely: "Product defect" and PRODUCT_DEFECT, "Hermes" and HERMES are the same row. */
function rowKey(label: string): string {
  return label
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Opens every chart's "Show data" disclosure and reads its table: the first cell of a row is its label, the last
 * its value; a table with a SKU column ("Complaints per product") is keyed by SKU instead, as names need not be unique.
 */
export async function chartTables(page: Page): Promise<ShownTables> {
  const disclosures = page.getByRole('figure').locator('summary', { hasText: 'Show data' });
  await disclosures.first().waitFor({ timeout: 15_000 });
  for (const summary of await disclosures.all()) await summary.click();
  const tables = await page
    .getByRole('figure')
    .locator('table')
    .evaluateAll((nodes) =>
      nodes.map((node) => {
        // runs in the page: the root project has no DOM types
        type Cell = { textContent: string | null };
        type Table = { caption: Cell | null; querySelectorAll(selector: string): Iterable<{ cells: Iterable<Cell> }> };
        const table = node as unknown as Table;
        const header = [...table.querySelectorAll('thead tr')].flatMap((row) => [...row.cells]);
        const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.cells].map((cell) => (cell.textContent ?? '').trim()),
        );
        return {
          caption: (table.caption?.textContent ?? '').trim(),
          header: header.map((cell) => (cell.textContent ?? '').trim()),
          rows,
        };
      }),
    );
  const figures = await page
    .getByRole('figure')
    .locator('figcaption')
    .evaluateAll((nodes) => nodes.map((node) => ((node as unknown as Cell).textContent ?? '').trim()));
  const shown: ShownTables = { tables: {}, figures };
  for (const { caption, header, rows } of tables) {
    const skuColumn = header.indexOf('SKU');
    shown.tables[caption] = Object.fromEntries(
      rows.map((cells) => [rowKey(cells[skuColumn >= 0 ? skuColumn : 0] ?? ''), cells[cells.length - 1] ?? '']),
    );
  }
  return shown;
}

/** What each table must say, unrounded: hours for durations, percent for rates; null is shown as no number. */
export function expectedTables(kpis: Kpis): Record<string, Record<string, number | null>> {
  const hours = (seconds: number | null) => (seconds === null ? null : seconds / 3600);
  const percent = (share: number | null) => (share === null ? null : share * 100);
  const counts = <T>(entries: T[], key: (entry: T) => string, count: (entry: T) => number) =>
    Object.fromEntries(entries.map((entry) => [rowKey(key(entry)), count(entry)]));
  return {
    'First response time': {
      MEDIAN: hours(kpis.firstResponseTime.median),
      '90TH_PERCENTILE': hours(kpis.firstResponseTime.p90),
    },
    'Resolution time': {
      MEDIAN: hours(kpis.resolutionTime.median),
      '90TH_PERCENTILE': hours(kpis.resolutionTime.p90),
    },
    'SLA breach and reopen rate': {
      SLA_BREACH_RATE: percent(kpis.slaBreachRate),
      REOPEN_RATE: percent(kpis.reopenRate),
    },
    'Backlog by age': counts(
      kpis.backlog,
      (bucket) => bucket.label,
      (bucket) => bucket.count,
    ),
    'Volume by category': counts(
      kpis.volumeByCategory,
      (entry) => entry.category,
      (entry) => entry.count,
    ),
    'Volume by channel': counts(
      kpis.volumeByChannel,
      (entry) => entry.channel,
      (entry) => entry.count,
    ),
    'Hand-offs per ticket': {
      TRANSFERS: kpis.transfersPerTicket,
      CONSULTATIONS: kpis.consultsPerTicket,
      ALL_HAND_OFFS: kpis.handoffsPerTicket,
    },
    'Complaints per product': counts(
      kpis.complaintsByProduct.slice(0, 10),
      (entry) => entry.product?.sku ?? '',
      (entry) => entry.tickets,
    ),
    'Complaints per carrier': counts(
      kpis.complaintsByCarrier,
      (entry) => entry.carrier,
      (entry) => entry.tickets,
    ),
  };
}

/**
 * Every way a shown table disagrees with the expected one: a missing or extra row, or a value that is not the exact
 * figure rounded to the decimals shown ("2.5" for 2.4999 h is right, "2.4" is not). A chart with nothing above zero
 * shows a sentence instead of a table: that is right only when every expected value is 0 or null. Empty when they
 * agree.
 */
export function tableDifferences(
  shown: ShownTables,
  expected: Record<string, Record<string, number | null>>,
): string[] {
  const differences: string[] = [];
  for (const [title, rows] of Object.entries(expected)) {
    const table = shown.tables[title];
    if (!table) {
      const nothingToShow = Object.values(rows).every((value) => value === null || value === 0);
      if (!shown.figures.includes(title))
        differences.push(`no chart captioned "${title}" (${shown.figures.join(', ')})`);
      else if (!nothingToShow) differences.push(`"${title}" has no data table, but ${JSON.stringify(rows)} to show`);
      continue;
    }
    for (const key of new Set([...Object.keys(rows), ...Object.keys(table)])) {
      const want = rows[key];
      const text = table[key];
      if (want === undefined || text === undefined) {
        differences.push(`${title} / ${key}: shown ${JSON.stringify(text)}, expected ${JSON.stringify(want)}`);
        continue;
      }
      const number = Number.parseFloat(text.replace(/[^\d.-]/g, ''));
      const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
      const agrees = want === null ? Number.isNaN(number) : Math.abs(number - want) <= 0.5 * 10 ** -decimals + 1e-9;
      if (!agrees) differences.push(`${title} / ${key}: shown ${JSON.stringify(text)}, expected ${want}`);
    }
  }
  return differences;
}
