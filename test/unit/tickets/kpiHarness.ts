import { openTicketsHarness } from './ticketsHarness';
import type { TicketsHarness } from './ticketsHarness';
import type { Engine } from '../../support/testDatabases';

export type Harness = TicketsHarness;

/** A started tickets subgraph on fresh databases of `engine` holding `fixtureSql`, its clock stopped at `now`. */
export function openHarness(engine: Engine, fixtureSql: string, now: Date): Promise<Harness> {
  return openTicketsHarness(engine, { fixtureSql, now });
}

/** Agents of three teams (the teams themselves come from migration 002). */
export const AGENTS_SQL = `
INSERT INTO tickets.agents (id, name, team_code) VALUES
  ('agt_1', 'Anna Berg', 'customer_care'), ('agt_2', 'Lars Vogel', 'logistics_desk'), ('agt_3', 'Bea Roth', 'billing');
`;
