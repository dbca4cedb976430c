import DataLoader from 'dataloader';
import type { Queryable } from '../shared';
import { productRepository } from './data/productRepository';
import { warehouseRepository } from './data/warehouseRepository';
import type { ProductRow, WarehouseRow } from './data/rows';

export interface InventoryLoaders {
  /** With its stock levels (ordered by warehouse code, each with its warehouse); `null` for an unknown sku. */
  productBySku: DataLoader<string, ProductRow | null>;
  /** Every warehouse, read at most once per request. */
  allWarehouses(): Promise<WarehouseRow[]>;
}

/** Fresh loaders for one request, so nothing is cached across requests. */
export function createInventoryLoaders(db: Queryable): InventoryLoaders {
  const products = productRepository(db);
  const warehouses = warehouseRepository(db);
  let allWarehouses: Promise<WarehouseRow[]> | undefined;
  return {
    productBySku: new DataLoader((skus) => products.findBySkus(skus)),
    allWarehouses: () => (allWarehouses ??= warehouses.findAll()),
  };
}
