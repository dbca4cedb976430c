import { money } from '../../shared';
import type { OrderLineResolvers } from '../__generated__/resolvers-types';

export const OrderLine: OrderLineResolvers = {
  product: (line) => ({ sku: line.sku }),
  unitPrice: (line) => money(line.unitPriceMinor, line.currency),
  lineTotal: (line) => money(line.quantity * line.unitPriceMinor, line.currency),
};
