import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './Customer';
import { Mutation } from './Mutation';
import { Order } from './Order';
import { Query } from './Query';
import { Shipment } from './Shipment';

// TrackingEvent and ActivityEvent need no resolvers: their rows have exactly the fields of the types.
export const resolvers: Resolvers = { Query, Mutation, Order, Customer, Shipment };
