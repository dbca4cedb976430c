import { loadSavedOperations } from '../../gateway/playground/savedOperations';
import { ENGINES } from '../support/testDatabases';
import { startStack } from '../support/stack';
import type { Stack } from '../support/stack';

// as the playground loads them: each file's text with the shared fragments it spreads
const operations = loadSavedOperations().map((op) => ({
  file: `${op.name}.graphql`,
  query: op.query,
  variables: JSON.parse(op.variables ?? '{}') as Record<string, unknown>,
}));

// The playground's saved operations are executed here, so they can never rot.
describe.each(ENGINES)('Saved operations on %s', (engine) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(engine);
  });
  afterAll(() => stack?.stop());

  it('has the operations the playground promises', () => {
    expect(operations.map((o) => o.file)).toEqual(
      expect.arrayContaining(['customerStory.graphql', 'whereIsMyOrder.graphql']),
    );
  });

  it.each(operations.map((o) => [o.file, o] as const))(
    '%s runs without errors and finds data',
    async (_file, operation) => {
      const { status, body } = await stack.query<Record<string, unknown>>(operation.query, operation.variables);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      for (const value of Object.values(body.data ?? {})) expect(value).not.toBeNull();
    },
  );
});
