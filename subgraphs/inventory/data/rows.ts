/** Row types of the inventory database, camelCased by the SQL aliases in the repositories. */

/**
 * A product (the codegen mapper of `Product`), with its stock levels ordered by warehouse code: every Product field
 * but `sku` and `name` is a figure of the stock, so the product and its stock are read in one statement.
 */
export interface ProductRow {
  sku: string;
  name: string;
  priceMinor: number;
  currency: string;
  stock: StockLevelRow[];
}

/** A warehouse (the codegen mapper of `Warehouse`). */
export interface WarehouseRow {
  code: string;
  name: string;
  city: string;
  country: string;
}

/**
 * The stock of one product in one warehouse (the codegen mapper of `StockLevel`). The warehouse is read in the
 * same statement as the stock (and the product), so resolving `StockLevel.warehouse` costs no further query.
 */
export interface StockLevelRow {
  sku: string;
  warehouse: WarehouseRow;
  onHand: number;
  reserved: number;
  nextRestockAt: Date | null;
}
