import { ENGINES, openTestDatabases } from '../../support/testDatabases';
import type { TestDatabases } from '../../support/testDatabases';

// The database itself, not only the code, guarantees that a ticket always has an owning team and a status.
describe.each(ENGINES)('tickets table constraints on %s', (engine) => {
  let databases: TestDatabases;
  beforeAll(async () => {
    databases = await openTestDatabases(engine);
  });
  afterAll(() => databases?.close());

  const insert = (teamCode: string | null, status: string | null) =>
    databases.dbs.tickets.query(
      `INSERT INTO tickets.tickets (id, number, customer_id, subject, category, channel, priority, status, team_code,
         created_at, first_response_due_at, sla_due_at)
       VALUES ('tkt_1', 'T-100001', 'cus_1', 'Parcel', 'DELIVERY', 'CHAT', 'HIGH', $2, $1, now(), now(), now())`,
      [teamCode, status],
    );

  it.each([
    ['no owning team', null, 'NEW', /null value in column "team_code"/],
    ['an owning team that does not exist', 'nobody', 'NEW', /foreign key/],
    ['no status', 'triage', null, /null value in column "status"/],
    ['a status that does not exist', 'triage', 'LOST', /check constraint/],
  ])('rejects a ticket with %s', async (_what, team, status, message) => {
    await expect(insert(team, status)).rejects.toThrow(message);
  });

  it('accepts a ticket with a team and a status, and refuses to take either away', async () => {
    await insert('triage', 'NEW');
    await expect(databases.dbs.tickets.query(`UPDATE tickets.tickets SET team_code = NULL`)).rejects.toThrow(
      /null value/,
    );
    await expect(databases.dbs.tickets.query(`UPDATE tickets.tickets SET status = NULL`)).rejects.toThrow(/null value/);
    await expect(databases.dbs.tickets.query(`DELETE FROM tickets.teams WHERE code = 'triage'`)).rejects.toThrow(
      /foreign key/,
    );
  });
});
