import type { ProductResolvers } from '../__generated__/resolvers-types';
import { availableEverywhere, nextRestockEverywhere } from '../data/stockFigures';

export const Product: ProductResolvers = {
  // Orders send a reference for every order line's product. An unknown sku there (a product deleted since, or
  // a typo in imported data) resolves to null rather than failing: the order itself stays readable and only
  // the product's inventory fields come back empty. A malformed sku simply matches no row, so it is null too.
  __resolveReference(reference, { loaders }) {
    return loaders.productBySku.load(reference.sku);
  },
  // the product row carries its stock levels (see ProductRow)
  stock: (product) => product.stock,
  available: (product) => availableEverywhere(product.stock),
  outOfStock: (product) => availableEverywhere(product.stock) === 0,
  nextRestockAt: (product) => nextRestockEverywhere(product.stock),
};
