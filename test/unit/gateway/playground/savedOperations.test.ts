import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { loadSavedOperation, loadSavedOperations } from '../../../../gateway/playground/savedOperations';
import { SavedOperationError } from '../../../../gateway/playground/savedOperationError';

const HEADER = `# Who the customer is.
fragment Header on Customer {
  id
  name
}
`;
const ESSENTIALS = `# The header and the latest orders.
fragment Essentials on Customer {
  ...Header
  orders(first: 3) {
    totalCount
  }
}
`;
const BY_EMAIL = `# Find a customer from their e-mail address.
query byEmail($email: String!) {
  customerByEmail(email: $email) {
    ...Essentials
    ...Header
  }
}
`;

const definitionNames = (query: string) =>
  parse(query).definitions.map((d) =>
    d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION ? d.name?.value : d.kind,
  );

describe('Saved operations with shared fragments (operations/fragments/)', () => {
  let dir: string;

  /** Writes `files` (path under the folder → text) into a fresh operations folder. */
  function folder(files: Record<string, string>): string {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'saved-operations-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sends each fragment an operation spreads, directly or through another fragment, once and in first-spread order', () => {
    folder({
      'byEmail.graphql': BY_EMAIL,
      'fragments/Essentials.graphql': ESSENTIALS,
      'fragments/Header.graphql': HEADER,
    });
    const [op] = loadSavedOperations(dir);
    expect(definitionNames(op!.query)).toEqual(['byEmail', 'Essentials', 'Header']);
    expect(op!.query.startsWith(BY_EMAIL.trimEnd())).toBe(true);
    expect(op!.query).toContain(ESSENTIALS.trimEnd());
    expect(op!.description).toBe('Find a customer from their e-mail address.');
  });

  it('leaves an operation that spreads no shared fragment as its file wrote it', () => {
    const text = '# A lonely look-up by id.\nquery one($id: ID!) {\n  customer(id: $id) {\n    id\n  }\n}\n';
    folder({ 'one.graphql': text, 'fragments/Header.graphql': HEADER });
    expect(loadSavedOperation('one', dir).query).toBe(text);
  });

  it('does not append a shared fragment the operation defines itself, but does append what its own fragment spreads', () => {
    const text = `# Its own essentials.\nquery mine {\n  customer(id: "cus_1") {\n    ...Essentials\n  }\n}\n\nfragment Essentials on Customer {\n  ...Header\n}\n`;
    folder({ 'mine.graphql': text, 'fragments/Essentials.graphql': ESSENTIALS, 'fragments/Header.graphql': HEADER });
    expect(definitionNames(loadSavedOperation('mine', dir).query)).toEqual(['mine', 'Essentials', 'Header']);
  });

  it('refuses a spread nobody defines, naming the file to add', () => {
    folder({ 'byEmail.graphql': BY_EMAIL, 'fragments/Header.graphql': HEADER });
    expect(() => loadSavedOperations(dir)).toThrow(SavedOperationError);
    expect(() => loadSavedOperations(dir)).toThrow(/spreads \.\.\.Essentials.*add fragments\/Essentials\.graphql/);
  });

  it('refuses a fragment file not named after its one fragment', () => {
    folder({
      'byEmail.graphql': BY_EMAIL,
      'fragments/Essentials.graphql': ESSENTIALS,
      'fragments/Head.graphql': HEADER,
    });
    expect(() => loadSavedOperations(dir)).toThrow(/Head\.graphql must hold one fragment, `fragment Head on …`/);
  });

  it('names the file that is not GraphQL, and the operation that does not exist', () => {
    folder({ 'broken.graphql': 'query broken {' });
    expect(() => loadSavedOperations(dir)).toThrow(/broken\.graphql is not a GraphQL document/);
    expect(() => loadSavedOperation('missing', dir)).toThrow(/no saved operation "missing".*missing\.graphql/);
  });
});
