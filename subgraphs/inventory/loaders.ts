import DataLoader from 'dataloader';
import type { Queryable } from '../shared';
import { productRepository } from './data/productRepository';
import { stockRepository } from './data/stockRepository';
import { warehouseRepository } from './data/warehouseRepository';
import type { ProductRow, StockLevelRow, WarehouseRow } from './data/rows';

export interface InventoryLoaders {
  /** `null` for an unknown sku; see ProductRepository.findBySkus. */
  productBySku: DataLoader<string, ProductRow | null>;
  /** Stock levels per sku, ordered by warehouse code, each with its warehouse. */
  stockBySku: DataLoader<string, StockLevelRow[]>;
  /** Every warehouse, read at most once per request. */
  allWarehouses(): Promise<WarehouseRow[]>;
}

/** Fresh loaders for one request, so nothing is cached across requests. */
export function createInventoryLoaders(db: Queryable): InventoryLoaders {
  const products = productRepository(db);
  const stock = stockRepository(db);
  const warehouses = warehouseRepository(db);
  let allWarehouses: Promise<WarehouseRow[]> | undefined;
  return {
    productBySku: new DataLoader((skus) => products.findBySkus(skus)),
    stockBySku: new DataLoader((skus) => stock.findBySkus(skus)),
    allWarehouses: () => (allWarehouses ??= warehouses.findAll()),
  };
}
