import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './Customer';
import { Mutation } from './Mutation';
import { Order } from './Order';
import { OrderLine } from './OrderLine';
import { Payment } from './Payment';
import { Query } from './Query';
import { Refund } from './Refund';

/** Every orders resolver, checked against the types generated from schema/orders.graphql. */
export const resolvers: Resolvers = { Query, Mutation, Customer, Order, OrderLine, Payment, Refund };
