import type { MutationResolvers } from '../__generated__/resolvers-types';
import * as lifecycle from '../lifecycle';

// Each mutation is one lifecycle command (one transaction); the returned row is read inside it, after the change.
export const Mutation: MutationResolvers = {
  openTicket(_parent, { input }, { db, now }) {
    return lifecycle.openTicket({ db, now }, input);
  },
  addMessage(_parent, { input }, { db, now }) {
    return lifecycle.addMessage({ db, now }, input);
  },
  assignTicket(_parent, args, { db, now }) {
    return lifecycle.assignTicket({ db, now }, args);
  },
  transferTicket(_parent, args, { db, now }) {
    return lifecycle.transferTicket({ db, now }, args);
  },
  consultTeam(_parent, args, { db, now }) {
    return lifecycle.consultTeam({ db, now }, args);
  },
  answerConsultation(_parent, args, { db, now }) {
    return lifecycle.answerConsultation({ db, now }, args);
  },
  resolveTicket(_parent, args, { db, now }) {
    return lifecycle.resolveTicket({ db, now }, args);
  },
  reopenTicket(_parent, args, { db, now }) {
    return lifecycle.reopenTicket({ db, now }, args);
  },
};
