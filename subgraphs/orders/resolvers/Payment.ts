import { money } from '../../shared';
import type { PaymentResolvers } from '../__generated__/resolvers-types';

export const Payment: PaymentResolvers = {
  amount: (payment) => money(payment.amountMinor, payment.currency),
};
