import type { Caller } from '../../../platform/caller';
import { advanceSequences } from '../../../stack/seed/advanceSequences';
import { createCrmContext } from '../../../subgraphs/crm/context';
import { crmModule } from '../../../subgraphs/crm/module';
import type { Db } from '../../../subgraphs/shared';
import { recordingAnnouncements } from '../../support/recordingChangeFeed';
import { useSubgraphServer } from '../../support/subgraphHarness';
import { ENGINES } from '../../support/testDatabases';
import { insertCrmFixtures } from './fixtures';

const ADD_NOTE = /* GraphQL */ `
  #graphql
  mutation AddNote($input: AddCustomerNoteInput!) {
    addCustomerNote(input: $input) {
      id
      author
      body
      createdAt
    }
  }
`;

const NOTES = /* GraphQL */ `
  #graphql
  query Notes($id: ID!) {
    customer(id: $id) {
      notes(first: 1) {
        totalCount
        edges {
          node {
            id
            author
            body
          }
        }
      }
    }
  }
`;

const AGENT: Caller = {
  userId: 'agt_7',
  role: 'agent',
  team: 'billing',
  scopes: ['graph:read', 'pii:read', 'tickets:write'],
};
const SUPERVISOR: Caller = { userId: 'sup_1', role: 'supervisor', scopes: ['graph:read', 'pii:read', 'tickets:write'] };
const ANALYST: Caller = { userId: 'ana_7', role: 'analyst', scopes: ['graph:read'] };
const NOW = new Date('2026-03-10T12:00:00.000Z');

describe.each(ENGINES)('crm: addCustomerNote on %s', (engine) => {
  const announced = recordingAnnouncements('crm');
  const { db, run } = useSubgraphServer(engine, crmModule, {
    insertFixtures: async (database) => {
      await insertCrmFixtures(database);
      await advanceSequences(database, 'crm');
    },
  });
  const as = (caller: Caller | undefined) => (database: Db) =>
    Object.assign(createCrmContext(database, { now: () => NOW }), {
      caller,
      invalidation: announced.invalidation(),
    });
  // null: a request that names nobody (AUTH_MODE=off, or sent past the gateway unsigned)
  const add = (input: Record<string, unknown>, caller: Caller | null = AGENT) =>
    run(ADD_NOTE, { input }, as(caller ?? undefined));
  const noteCount = async () =>
    Number((await db().query<{ n: number }>('SELECT count(*)::int AS n FROM crm.notes'))[0]?.n);

  beforeEach(() => announced.clear());

  it('writes the note as the caller, shows it on the customer, and announces CUSTOMER_NOTE_ADDED after invalidating', async () => {
    const { data, errors } = await add({ customerId: ' cus_1 ', body: '  Wants a call back on Monday.  ' });
    expect(errors).toBeUndefined();
    // note_1…note_4 and note_101…note_120 are the fixture's: the sequence continues after the largest
    expect(data).toEqual({
      addCustomerNote: {
        id: 'note_121',
        author: 'agt_7',
        body: 'Wants a call back on Monday.',
        createdAt: NOW.toISOString(),
      },
    });
    const notes = await run(NOTES, { id: 'cus_1' }, as(AGENT));
    expect(notes.data).toEqual({
      customer: {
        notes: {
          totalCount: 4,
          edges: [{ node: { id: 'note_121', author: 'agt_7', body: 'Wants a call back on Monday.' } }],
        },
      },
    });
    expect(announced.log).toEqual([
      { published: ['crm/Customer:id=cus_1'] },
      {
        appended: {
          kind: 'CUSTOMER_NOTE_ADDED',
          system: 'crm',
          entities: [{ typename: 'Customer', keys: { id: 'cus_1' } }],
          changedAt: expect.any(String),
        },
      },
    ]);
  });

  it('lets a supervisor write one too', async () => {
    const result = await add({ customerId: 'cus_2', body: 'Escalated to billing.' }, SUPERVISOR);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ addCustomerNote: { author: 'sup_1' } });
    expect(announced.changes()).toEqual([
      { kind: 'CUSTOMER_NOTE_ADDED', system: 'crm', entities: [{ typename: 'Customer', keys: { id: 'cus_2' } }] },
    ]);
  });

  it('refuses an analyst, and a request that names nobody, with FORBIDDEN, writing and announcing nothing', async () => {
    const before = await noteCount();
    const analyst = await add({ customerId: 'cus_1', body: 'An analyst should not write this.' }, ANALYST);
    expect(analyst.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/needs the scope tickets:write.*role analyst/),
      extensions: { code: 'FORBIDDEN' },
    });
    const nobody = await add({ customerId: 'cus_1', body: 'Nobody wrote this.' }, null);
    expect(nobody.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/names nobody/),
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await noteCount()).toBe(before);
    expect(announced.log).toEqual([]);
  });

  it.each([
    [
      'an unknown customer',
      { customerId: 'cus_999', body: 'Hello' },
      'NOT_FOUND',
      /No customer has customerId "cus_999"/,
    ],
    ['a malformed customer id', { customerId: 'CUS-1', body: 'Hello' }, 'INVALID_IDENTIFIER', /cus_<number>/],
    ['an empty body', { customerId: 'cus_1', body: '   ' }, 'BAD_USER_INPUT', /body must not be empty/],
    [
      'a body over 10000 characters',
      { customerId: 'cus_1', body: 'x'.repeat(10_001) },
      'BAD_USER_INPUT',
      /body is 10001 characters long; shorten it to at most 10000/,
    ],
    ['a NUL in the body', { customerId: 'cus_1', body: 'a\u0000b' }, 'BAD_USER_INPUT', /NUL/],
    [
      'a short idempotency key',
      { customerId: 'cus_1', body: 'Hello', idempotencyKey: 'short' },
      'BAD_USER_INPUT',
      /8 to 200/,
    ],
  ])('refuses %s, writing and announcing nothing', async (_what, input, code, message) => {
    const before = await noteCount();
    const { data, errors } = await add(input);
    expect(data).toBeFalsy();
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code } });
    expect(await noteCount()).toBe(before);
    expect(announced.log).toEqual([]);
  });

  it('writes a note once per idempotency key: a retry gets it back and announces nothing, another request is refused', async () => {
    const input = { customerId: 'cus_3', body: 'Sent the invoice again.', idempotencyKey: 'note-key-0001' };
    const first = await add(input);
    expect(first.errors).toBeUndefined();
    const before = await noteCount();
    expect(announced.changes()).toHaveLength(1);

    const retry = await add(input);
    expect(retry).toEqual(first);
    expect(await noteCount()).toBe(before);
    expect(announced.changes()).toHaveLength(1);

    const other = await add({ ...input, body: 'Something else.' });
    expect(other.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/already used by you for another note/),
      extensions: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    // keys are the caller's own: the same key from someone else is another note
    const supervisor = await add(input, SUPERVISOR);
    expect(supervisor.errors).toBeUndefined();
    expect(await noteCount()).toBe(before + 1);
    expect(announced.changes()).toHaveLength(2);
  });

  it('writes one note when two requests with one key race', async () => {
    const input = { customerId: 'cus_3', body: 'Raced.', idempotencyKey: 'note-key-race' };
    const answers = await Promise.all([add(input), add(input), add(input)]);
    expect(answers.map(({ errors }) => errors)).toEqual([undefined, undefined, undefined]);
    const ids = new Set(answers.map(({ data }) => (data as { addCustomerNote: { id: string } }).addCustomerNote.id));
    expect(ids.size).toBe(1);
    const rows = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM crm.notes WHERE idempotency_key = 'note-key-race'`,
    );
    expect(rows[0]?.n).toBe(1);
    expect(announced.changes()).toHaveLength(1);
  });
});
