import type { TicketKpisResolvers } from '../__generated__/resolvers-types';

/** Orders' contribution to the support KPIs: complaints per product, from tickets' complaints per order. */
export const TicketKpis: TicketKpisResolvers = {
  async complaintsByProduct(parent, _args, { loaders }) {
    // @requires hands us tickets' list; without it (a direct call) there is nothing to attribute
    const rows = await loaders.productComplaintsByOrderComplaints.load(parent.complaintsByOrder ?? []);
    return rows.map((row) => ({ product: { sku: row.sku }, tickets: row.tickets }));
  },
};
