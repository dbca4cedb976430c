import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * Lints `code` as if it were the file at `path` (repo-relative) and returns the boundary messages. The imported files
 * are real, so the rule sees what it sees in CI.
 */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('Architecture: imports point toward platform/', () => {
  jest.setTimeout(60_000);

  it('lets the gateway use platform/ and refuses it any subgraph, the subgraph kit or the stack', async () => {
    const errors = await boundaryErrors(
      'gateway/zz.ts',
      [
        "import { listen } from '../platform/http/listen';",
        "import { crmModule } from '../subgraphs/crm/module';",
        "import { pgliteDb } from '../subgraphs/shared/db';",
        "import { startAll } from '../stack/startAll';",
        'export const all = [listen, crmModule, pgliteDb, startAll];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^gateway must not import subgraph:/);
    expect(errors[1]).toMatch(/^gateway must not import subgraph-kit:/);
    expect(errors[2]).toMatch(/^gateway must not import stack:/);
  });

  it('refuses platform/ anything above it', async () => {
    const errors = await boundaryErrors(
      'platform/zz.ts',
      [
        "import { createGateway } from '../gateway/createGateway';",
        "import { migrate } from '../subgraphs/shared/db';",
        'export const all = [createGateway, migrate];',
      ].join('\n'),
    );
    expect(errors).toHaveLength(2);
  });

  it('lets a subgraph use its own files, the kit and platform/, never another subgraph or the gateway', async () => {
    const errors = await boundaryErrors(
      'subgraphs/crm/zz.ts',
      [
        "import { crmModule } from './module';",
        "import { migrate } from '../shared/db';",
        "import { listen } from '../../platform/http/listen';",
        "import { ordersModule } from '../orders/module';",
        "import { createGateway } from '../../gateway/createGateway';",
        'export const all = [crmModule, migrate, listen, ordersModule, createGateway];',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringMatching(/^subgraph must not import subgraph:/),
      expect.stringMatching(/^subgraph must not import gateway:/),
    ]);
  });

  it('lets the stack, scripts and tests import every piece', async () => {
    const code = [
      "import { createGateway } from '../gateway/createGateway';",
      "import { crmModule } from '../subgraphs/crm/module';",
      'export const all = [createGateway, crmModule];',
    ].join('\n');
    expect(await boundaryErrors('stack/zz.ts', code)).toEqual([]);
    expect(await boundaryErrors('scripts/zz.ts', code)).toEqual([]);
  });
});
