import { Random } from './random';
import type { AgentRow, ProductRow, StockLevelRow, TeamCode, TeamRow, WarehouseRow } from './rows';
import { DAY, HOUR, plus } from './time';
import { FIRST_NAMES, LAST_NAMES, PRODUCT_ADJECTIVES, PRODUCT_NOUNS } from './vocabulary';

/**
 * The shop itself: teams and agents, warehouses, products and their stock. It is the same for every seed (only
 * the restock dates follow `asOf`), so the scenario customers can name fixed products and prices; the seed varies
 * the customers.
 */
export interface Catalogue {
  teams: TeamRow[];
  agents: AgentRow[];
  agentsByTeam: Record<TeamCode, AgentRow[]>;
  warehouses: WarehouseRow[];
  products: ProductRow[];
  productBySku: Map<string, ProductRow>;
  stockLevels: StockLevelRow[];
}

export const PRODUCT_COUNT = 200;
export const AGENTS_PER_TEAM = 4;
const CATALOGUE_SEED = 20_260_101;

export const TEAMS: readonly TeamRow[] = [
  { code: 'customer_care', name: 'Customer care' },
  { code: 'logistics_desk', name: 'Logistics desk' },
  { code: 'billing', name: 'Billing' },
  { code: 'product_support', name: 'Product support' },
  { code: 'returns', name: 'Returns' },
];

export const WAREHOUSES: readonly WarehouseRow[] = [
  { code: 'BER', name: 'Berlin fulfilment centre', city: 'Berlin', country: 'DE' },
  { code: 'HAM', name: 'Hamburg port warehouse', city: 'Hamburg', country: 'DE' },
  { code: 'MUC', name: 'Munich south warehouse', city: 'Munich', country: 'DE' },
  { code: 'LEJ', name: 'Leipzig central hub', city: 'Leipzig', country: 'DE' },
];

/** Products the scenarios name, pinned so their stories read the same whatever else changes. */
export const FEATURED_PRODUCTS: Readonly<Record<string, { name: string; priceMinor: number }>> = {
  'SKU-0003': { name: 'Noise-cancelling headphones', priceMinor: 24_900 },
  'SKU-0007': { name: 'Trail running shoes', priceMinor: 12_990 },
  'SKU-0019': { name: 'Merino running socks (2 pack)', priceMinor: 2_490 },
  'SKU-0042': { name: 'Barista espresso machine', priceMinor: 54_900 },
};

/** Out of stock in every warehouse whatever the random draw says (Aisha Rahman waits for one). */
export const SOLD_OUT_SKUS: readonly string[] = ['SKU-0042'];

export function skuOf(n: number): string {
  return `SKU-${String(n).padStart(4, '0')}`;
}

export function buildCatalogue(asOf: Date): Catalogue {
  const r = new Random(CATALOGUE_SEED);
  const agents: AgentRow[] = [];
  const agentsByTeam = {} as Record<TeamCode, AgentRow[]>;
  for (const team of TEAMS) {
    agentsByTeam[team.code] = [];
    for (let i = 0; i < AGENTS_PER_TEAM; i++) {
      const agent: AgentRow = {
        id: `agt_${agents.length + 1}`,
        name: `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`,
        team_code: team.code,
      };
      agents.push(agent);
      agentsByTeam[team.code].push(agent);
    }
  }

  const products: ProductRow[] = [];
  const stockLevels: StockLevelRow[] = [];
  for (let n = 1; n <= PRODUCT_COUNT; n++) {
    const sku = skuOf(n);
    const [noun, minPrice, maxPrice] = r.pick(PRODUCT_NOUNS);
    const featured = FEATURED_PRODUCTS[sku];
    // prices end in 9 or 0 like real ones
    const randomPrice = Math.round(r.int(minPrice, maxPrice) / 10) * 10 - (r.chance(0.7) ? 1 : 0);
    products.push({
      sku,
      name: featured?.name ?? `${r.pick(PRODUCT_ADJECTIVES)} ${noun}`,
      price_minor: featured?.priceMinor ?? randomPrice,
      currency: 'EUR',
    });
    const soldOut = SOLD_OUT_SKUS.includes(sku) || r.chance(0.05);
    // a sold-out product is still listed everywhere (with nothing available); others are carried by 2 to 4 warehouses
    const carriedBy = soldOut ? [...WAREHOUSES] : r.sample(WAREHOUSES, r.int(2, 4));
    for (const warehouse of carriedBy) {
      const empty = soldOut || r.chance(0.1);
      const onHand = empty
        ? r.weighted([
            [0, 3],
            [r.int(1, 12), 1],
          ])
        : r.int(5, 400);
      const reserved = empty ? onHand : r.int(0, Math.min(onHand - 1, 40));
      stockLevels.push({
        sku,
        warehouse_code: warehouse.code,
        on_hand: onHand,
        reserved,
        // "when the next delivery is expected, if nothing is available here"
        next_restock_at: empty ? plus(asOf, r.int(2, 30) * DAY + r.int(6, 18) * HOUR) : null,
      });
    }
  }
  stockLevels.sort((a, b) =>
    a.sku === b.sku ? a.warehouse_code.localeCompare(b.warehouse_code) : a.sku.localeCompare(b.sku),
  );
  return {
    teams: [...TEAMS],
    agents,
    agentsByTeam,
    warehouses: [...WAREHOUSES],
    products,
    productBySku: new Map(products.map((product) => [product.sku, product])),
    stockLevels,
  };
}
