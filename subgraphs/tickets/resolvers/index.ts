import type { Resolvers } from '../__generated__/resolvers-types';
import { Agent } from './Agent';
import { Customer } from './Customer';
import { Handoff } from './Handoff';
import { Mutation } from './Mutation';
import { Order } from './Order';
import { kpiQuery, TicketKpis } from './kpiResolvers';
import { unattendedQuery } from './unattendedResolvers';
import { Query } from './Query';
import { Shipment } from './Shipment';
import { Team } from './Team';
import { Ticket } from './Ticket';
import { TicketEvent } from './TicketEvent';
import { TicketMessage } from './TicketMessage';
import { RoutingRule } from './RoutingRule';

// Connections, edges, PageInfo and ActivityEvent need no resolvers: they are built with exactly their fields.
export const resolvers: Resolvers = {
  Query: { ...Query, ...unattendedQuery, ...kpiQuery },
  TicketKpis,
  Customer,
  Order,
  Shipment,
  Ticket,
  Team,
  Agent,
  TicketMessage,
  Handoff,
  Mutation,
  TicketEvent,
  RoutingRule,
};
