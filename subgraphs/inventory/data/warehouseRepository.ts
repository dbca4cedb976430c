import type { Queryable } from '../../shared';
import type { WarehouseRow } from './rows';

/** Reads of `inventory.warehouses`: a handful of rows, so listing them all is one cheap statement. */
export interface WarehouseRepository {
  /** Every warehouse, ordered by code. */
  findAll(): Promise<WarehouseRow[]>;
}

export function warehouseRepository(db: Queryable): WarehouseRepository {
  return {
    findAll() {
      return db.query<WarehouseRow>(`SELECT code, name, city, country FROM inventory.warehouses ORDER BY code`);
    },
  };
}
