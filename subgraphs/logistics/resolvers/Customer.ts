import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  // Logistics knows a customer only as the addressee id on its shipments; crm owns the rest.
  __resolveReference: (reference) => ({ id: reference.id }),
  shipmentActivity: (customer, _args, { loaders }) => loaders.activityByCustomerId.load(customer.id),
};
