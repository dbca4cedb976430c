import { money } from '../../shared';
import type { RefundResolvers } from '../__generated__/resolvers-types';

export const Refund: RefundResolvers = {
  amount: (refund) => money(refund.amountMinor, refund.currency),
};
