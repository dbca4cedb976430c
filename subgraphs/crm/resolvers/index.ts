import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './Customer';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { TimelineEntry } from './TimelineEntry';

/** Every CRM resolver, checked against the types generated from schema/crm.graphql. */
export const resolvers: Resolvers = { Query, Mutation, Customer, TimelineEntry };
