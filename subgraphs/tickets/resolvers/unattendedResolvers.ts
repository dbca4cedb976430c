import { pageRequest, readTimeCursor, timeCursorKey, toConnection } from '../../shared';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { checkKnownTeam, checkMinutes } from './unattendedArgs';

/** `Query.unattendedTickets` and `Query.unattendedSummary`; "now" is the request's clock. */
export const unattendedQuery: Pick<QueryResolvers, 'unattendedTickets' | 'unattendedSummary'> = {
  async unattendedTickets(_parent, args, { loaders, now }) {
    const filter = {
      now: now(),
      dueWithinMinutes: checkMinutes('dueWithinMinutes', args.dueWithinMinutes),
      consultWaitingMinutes: checkMinutes('consultWaitingMinutes', args.consultWaitingMinutes),
      team: args.team === undefined || args.team === null ? null : await checkKnownTeam(loaders, 'team', args.team),
    };
    const { first, after } = pageRequest(args, { defaultSize: 20, arity: 2 });
    const page = await loaders.unattendedPageByFilter.load({
      ...filter,
      limit: first + 1,
      after: readTimeCursor(after),
    });
    return toConnection(page.rows, first, page.totalCount, (row) => timeCursorKey(row.waitingSince, row.ticket.id));
  },

  async unattendedSummary(_parent, args, { loaders, now }) {
    const rows = await loaders.unattendedSummaryByFilter.load({
      now: now(),
      dueWithinMinutes: checkMinutes('dueWithinMinutes', args.dueWithinMinutes),
      consultWaitingMinutes: checkMinutes('consultWaitingMinutes', args.consultWaitingMinutes),
      team: null,
    });
    return rows.map((row) => ({
      team: { code: row.teamCode, name: row.teamName },
      count: row.count,
      oldestWaitingSince: row.oldestWaitingSince,
      byReason: row.byReason,
    }));
  },
};
