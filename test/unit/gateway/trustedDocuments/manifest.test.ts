import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import type { DocumentNode } from 'graphql';
import {
  DEFAULT_MANIFEST_PATH,
  loadManifest,
  ManifestError,
  normalizeDocumentId,
  parseManifest,
} from '../../../../gateway/trustedDocuments';
import * as typedDocuments from '../../../../operations/__generated__/graphql';

const ROOT = join(__dirname, '..', '..', '..', '..');
const OPERATIONS_DIR = join(ROOT, 'operations');
const manifest = loadManifest(join(ROOT, DEFAULT_MANIFEST_PATH));

const operationNames = (document: DocumentNode) =>
  document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : [],
  );

describe('The persisted-documents manifest (operations/__generated__/persisted-documents.json)', () => {
  // the saved operations (playground tabs) and the console's own documents (operations/console/)
  const files = [
    ...readdirSync(OPERATIONS_DIR)
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => join(OPERATIONS_DIR, file)),
    ...readdirSync(join(OPERATIONS_DIR, 'console'))
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => join(OPERATIONS_DIR, 'console', file)),
  ];
  const fileOperations = files.flatMap((file) => operationNames(parse(readFileSync(file, 'utf8'))));
  const fragmentFiles = files.filter((file) => operationNames(parse(readFileSync(file, 'utf8'))).length === 0);
  const manifestOperations = [...manifest.byId.values()].flatMap((text) => operationNames(parse(text)));

  it('holds one document for every operation in operations/*.graphql and operations/console/*.graphql, and no other', () => {
    expect(files.length).toBeGreaterThan(10);
    // a file holds one operation, or (the console's shared selections) only fragments
    expect(fileOperations).toHaveLength(files.length - fragmentFiles.length);
    expect(manifestOperations.sort()).toEqual(fileOperations.sort());
  });

  it('keys every document by the sha256 of its stored text', () => {
    for (const [id, text] of manifest.byId) {
      expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
    }
  });

  it('holds documents that are valid against the API schema clients see (schema/api.graphql)', () => {
    const apiSchema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));
    for (const text of manifest.byId.values()) {
      expect(validate(apiSchema, parse(text)).map((error) => error.message)).toEqual([]);
    }
  });

  it('agrees with the typed documents frontend teams import: each carries its manifest id', () => {
    const hashes = Object.entries(typedDocuments)
      .filter(([name]) => name.endsWith('Document'))
      .map(([, document]) => (document as { __meta__?: { hash?: string } }).__meta__?.hash);
    expect(hashes).toHaveLength(fileOperations.length);
    expect(hashes.sort()).toEqual([...manifest.byId.keys()].sort());
  });

  it('refuses a hand-edited entry whose id is not the hash of its text, naming npm run codegen', () => {
    const [id, text] = [...manifest.byId][0]!;
    expect(() => parseManifest(JSON.stringify({ [id]: `${text} ` }), 'edited.json')).toThrow(ManifestError);
    expect(() => parseManifest(JSON.stringify({ [id]: `${text} ` }), 'edited.json')).toThrow(/npm run codegen/);
    expect(() => parseManifest('[]', 'list.json')).toThrow(/JSON object/);
    expect(() => loadManifest(join(ROOT, 'no-such-manifest.json'))).toThrow(/does not exist.*npm run codegen/);
  });
});

describe('normalizeDocumentId', () => {
  const hex = 'A'.repeat(64);

  it('prefixes a bare sha256 hash as APQ sends it, and lower-cases the hash', () => {
    expect(normalizeDocumentId(hex)).toBe(`sha256:${hex.toLowerCase()}`);
    expect(normalizeDocumentId(`SHA256:${hex}`)).toBe(`sha256:${hex.toLowerCase()}`);
  });

  it('leaves other ids as they are', () => {
    expect(normalizeDocumentId('customerStory')).toBe('customerStory');
  });
});
