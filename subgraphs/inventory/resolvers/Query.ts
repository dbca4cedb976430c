import { checkIdentifier, notFound } from '../../shared';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  async product(_parent, { sku }, { loaders }) {
    checkIdentifier('sku', 'sku', sku);
    const product = await loaders.productBySku.load(sku);
    if (!product) throw notFound('product', 'sku', sku);
    return product;
  },
  warehouses(_parent, _args, { loaders }) {
    return loaders.allWarehouses();
  },
};
