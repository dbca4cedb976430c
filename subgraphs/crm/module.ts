import { join } from 'node:path';
import { loadTypeDefs } from '../shared';
import type { SubgraphModule } from '../shared';
import { createCrmContext } from './context';
import type { CrmContext } from './context';
import { resolvers } from './resolvers';
import type { NoteRow, TimelineEntryRow } from './data/rows';

/** CRM: customer profiles, addresses, agent notes, and the merged customer timeline. */
export const crmModule: SubgraphModule<CrmContext> = {
  name: 'crm',
  typeDefs: loadTypeDefs('crm'),
  resolvers,
  migrationsDir: join(__dirname, 'data', 'migrations'),
  createContext: createCrmContext,
  // notes and timeline summaries are @pii(kind: FREE_TEXT): the customer's own values are masked in them too
  knownPii: {
    AgentNote: (note: NoteRow, { loaders }: CrmContext) => loaders.knownPiiByCustomerId.load(note.customerId),
    TimelineEntry: (entry: TimelineEntryRow, { loaders }: CrmContext) =>
      loaders.knownPiiByCustomerId.load(entry.customerId),
  },
};
