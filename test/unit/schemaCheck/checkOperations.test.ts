import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkDocuments } from '../../../scripts/schemaCheck/checkDocuments';
import type { CheckDocumentsOptions } from '../../../scripts/schemaCheck/checkDocuments';

const root = join(__dirname, '..', '..', '..');
const real: CheckDocumentsOptions = {
  schemaDir: join(root, 'schema'),
  operationsDir: join(root, 'operations'),
  manifestPath: join(root, 'operations', '__generated__', 'persisted-documents.json'),
  previousApiSchemaPath: join(root, 'schema', 'api.graphql'),
  root,
};

/** A copy of schema/ whose crm subgraph calls Customer.tier `level`: every operation that reads tier breaks. */
function schemaWithTierRenamed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'c360-schema-check-'));
  cpSync(real.schemaDir, dir, { recursive: true });
  const crm = readFileSync(join(dir, 'crm.graphql'), 'utf8');
  const renamed = crm.replace(/^ {2}tier: CustomerTier!$/m, '  level: CustomerTier!');
  if (renamed === crm) throw new Error('schema/crm.graphql no longer has `tier: CustomerTier!`: pick another field');
  writeFileSync(join(dir, 'crm.graphql'), renamed);
  return dir;
}

describe('schema check: saved operations and persisted documents against the composed API schema', () => {
  let changed: string;
  beforeAll(() => {
    changed = schemaWithTierRenamed();
  });
  afterAll(() => rmSync(changed, { recursive: true, force: true }));

  it('finds every saved operation and persisted document of the tree valid', async () => {
    const report = await checkDocuments(real);
    expect(report.compositionErrors).toEqual([]);
    expect(report.broken).toEqual([]);
    expect(report.breakingChanges).toEqual([]);
    expect(report.operations).toBeGreaterThan(40);
    expect(report.persistedDocuments).toBeGreaterThan(40);
  });

  it('names the broken operation, its file and the field when a subgraph renames a field it reads', async () => {
    const report = await checkDocuments({ ...real, schemaDir: changed });
    expect(report.broken).toContainEqual(
      expect.stringMatching(
        /^operations\/customerStory\.graphql \(query customerStory\): Cannot query field "tier" on type "Customer" — keep what the operation uses/,
      ),
    );
    expect(report.broken).toContainEqual(
      expect.stringMatching(
        /^persisted document sha256:[0-9a-f]{12}… \(query customerStory\): Cannot query field "tier" on type "Customer"/,
      ),
    );
    // the console's documents spread fragments other console files define: they are checked whole too
    expect(report.broken).toContainEqual(
      expect.stringMatching(/^operations\/console\/consoleCustomer\.graphql \(query consoleCustomer\): .*"tier"/),
    );
    expect(report.breakingChanges).toContain(
      "Field 'tier' was removed from object type 'Customer' (against schema/api.graphql)",
    );
  });

  it('reports schemas that do not compose instead of checking against half a graph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c360-schema-check-'));
    try {
      cpSync(real.schemaDir, dir, { recursive: true });
      writeFileSync(join(dir, 'orders.graphql'), 'type Query { broken: Nope }\n');
      const report = await checkDocuments({ ...real, schemaDir: dir });
      expect(report.compositionErrors.join('\n')).toMatch(/Nope/);
      expect(report.operations).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 from the command line with one line per broken document', async () => {
    const run = promisify(execFile)(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/checkOperations.ts', '--schema-dir', changed],
      { cwd: root },
    );
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /^operations\/customerStory\.graphql \(query customerStory\): Cannot query field "tier" on type "Customer"/m,
      ),
    });
  });
});
