import type { Resolvers } from '../__generated__/resolvers-types';
import { Agent } from './Agent';
import { Customer } from './Customer';
import { Handoff } from './Handoff';
import { Order } from './Order';
import { Query } from './Query';
import { Shipment } from './Shipment';
import { Team } from './Team';
import { Ticket } from './Ticket';
import { TicketMessage } from './TicketMessage';

// Connections, edges, PageInfo and ActivityEvent need no resolvers: they are built with exactly their fields.
export const resolvers: Resolvers = { Query, Customer, Order, Shipment, Ticket, Team, Agent, TicketMessage, Handoff };
