import type { TicketKpisResolvers } from '../__generated__/resolvers-types';

/** Logistics' contribution to the support KPIs: complaints per carrier, from tickets' complaints per shipment. */
export const TicketKpis: TicketKpisResolvers = {
  async complaintsByCarrier(parent, _args, { loaders }) {
    // @requires hands us tickets' list; without it (a direct call) there is nothing to attribute
    return loaders.carrierComplaintsByShipmentComplaints.load(parent.complaintsByShipment ?? []);
  },
};
