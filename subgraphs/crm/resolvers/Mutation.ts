import type { MutationResolvers } from '../__generated__/resolvers-types';
import { addCustomerNote } from '../commands/addCustomerNote';
import { customerChange } from '../commands/customerChange';

export const Mutation: MutationResolvers = {
  // after the note is written and before answering: the gateways' caches drop what showed the customer, then live
  // subscriptions hear of it; a replayed request changed nothing and announces nothing
  async addCustomerNote(_parent, { input }, context) {
    const { note, created } = await addCustomerNote(context.db, context.caller, input, context.now());
    if (created) await context.invalidation?.announce(customerChange('CUSTOMER_NOTE_ADDED', note.customerId));
    return note;
  },
};
