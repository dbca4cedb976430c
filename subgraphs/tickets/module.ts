import { join } from 'node:path';
import { loadTypeDefs } from '../shared';
import type { Db, SubgraphModule } from '../shared';
import { createTicketsContext } from './context';
import type { TicketsContext } from './context';
import { resolvers } from './resolvers';
import { ticketsKnownPii } from './data/knownPii';
import { readTicketClockVariables, startTicketClock } from './jobs';
import { throwIfIssues } from '../../platform/settings';

/** Support tickets: teams and agents, the conversation across channels, transfers and consultations. */
export const ticketsModule: SubgraphModule<TicketsContext> = {
  name: 'tickets',
  typeDefs: loadTypeDefs('tickets'),
  resolvers,
  migrationsDir: join(__dirname, 'data', 'migrations'),
  // the servers always hand over a Db (mutations need its transactions); SubgraphModule promises only a Queryable
  createContext: (db: Db) => createTicketsContext(db),
  // subjects, messages, hand-off reasons and history are @pii(kind: FREE_TEXT)
  knownPii: ticketsKnownPii,
  // the SLA alerts and team-queue changes that time alone causes (see jobs/)
  startJobs({ db, announce, log, variables, now }) {
    const { settings, issues } = readTicketClockVariables(variables);
    throwIfIssues(issues, 'tickets clock configuration');
    return startTicketClock({ db, announce, log, intervalMs: settings.scanIntervalMs, ...(now && { now }) });
  },
  jobVariables: (env) => readTicketClockVariables(env).issues,
};
