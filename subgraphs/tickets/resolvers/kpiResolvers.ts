import type { QueryResolvers, TicketKpisResolvers } from '../__generated__/resolvers-types';
import { checkKnownTeam } from './unattendedArgs';
import { checkWindow, decodeKpiId, encodeKpiId } from '../data/kpiFilter';
import type { KpiFilter } from '../data/kpiFilter';

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** `Query.ticketKpis`: validates the window and filters before any SQL; the figures come from TicketKpis. */
export const kpiQuery: Pick<QueryResolvers, 'ticketKpis'> = {
  async ticketKpis(_parent, args, { loaders, now }) {
    const filter: KpiFilter = {
      from: toDate(args.from),
      to: toDate(args.to),
      team: args.team === undefined || args.team === null ? null : await checkKnownTeam(loaders, 'team', args.team),
      category: args.category ?? null,
      channel: args.channel ?? null,
    };
    checkWindow(filter.from, filter.to);
    return { filter, now: now() };
  },
};

/**
 * The figures of one TicketKpis, each field group one SQL statement (read once, however many fields use it): the
 * window's figures and volumes, the backlog, the complaints per product and carrier.
 */
export const TicketKpis: TicketKpisResolvers = {
  __resolveReference(reference, { now }) {
    return { filter: decodeKpiId(reference.id), now: now() };
  },
  id: ({ filter }) => encodeKpiId(filter),
  from: ({ filter }) => filter.from,
  to: ({ filter }) => filter.to,
  team: ({ filter }, _args, { loaders }) => (filter.team ? loaders.teamByCode.load(filter.team) : null),
  category: ({ filter }) => filter.category,
  channel: ({ filter }) => filter.channel,
  ticketCount: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).ticketCount,
  async firstResponseTime(parent, _args, { loaders }) {
    const row = await loaders.kpiSummary.load(parent);
    return { median: row.firstResponseMedian, p90: row.firstResponseP90, count: row.firstResponseCount };
  },
  async resolutionTime(parent, _args, { loaders }) {
    const row = await loaders.kpiSummary.load(parent);
    return { median: row.resolutionMedian, p90: row.resolutionP90, count: row.resolutionCount };
  },
  slaBreachRate: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).slaBreachRate,
  reopenRate: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).reopenRate,
  handoffsPerTicket: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).handoffsPerTicket,
  transfersPerTicket: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).transfersPerTicket,
  consultsPerTicket: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).consultsPerTicket,
  backlog: (parent, _args, { loaders }) => loaders.kpiBacklog.load(parent),
  volumeByCategory: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).volumeByCategory,
  volumeByChannel: async (parent, _args, { loaders }) => (await loaders.kpiSummary.load(parent)).volumeByChannel,
  // the gateway asks inventory for the names of the listed products (Product is inventory's entity)
  async complaintsByProduct(parent, _args, { loaders }) {
    const { byProduct } = await loaders.kpiComplaints.load(parent);
    return byProduct.map(({ sku, tickets }) => ({ product: { sku }, tickets }));
  },
  complaintsByCarrier: async (parent, _args, { loaders }) => (await loaders.kpiComplaints.load(parent)).byCarrier,
};
