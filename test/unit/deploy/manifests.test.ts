import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

// `npm run deploy:check` as CI runs it: kubectl renders, kubernetes-models (ESM only, so not inside jest's module
// system) validates. Needs kubectl on the PATH (Debian: kubernetes-client).
const root = join(__dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function checkManifests(dir: string) {
  return promisify(execFile)(process.execPath, [tsx, 'scripts/checkManifests.ts', '--dir', dir], { cwd: root });
}

/** `file` of `dir` with `from` replaced by `to`; fails if `from` is not there, so the test cannot pass vacuously. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file} has no ${String(from)} any more: update this test`);
  writeFileSync(path, changed);
}

describe('deploy check: the Kubernetes manifests against the schemas and our rules', () => {
  it('passes the manifests of the tree, base and production', async () => {
    const { stdout } = await checkManifests(join(root, 'deploy', 'k8s'));
    expect(stdout).toMatch(/^\d+ objects rendered from base and overlays\/production and 7 template Secrets are valid/);
  });

  describe('on a broken copy', () => {
    let stderr = '';
    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'c360-k8s-'));
      try {
        cpSync(join(root, 'deploy', 'k8s'), dir, { recursive: true });
        // the gateway without its readiness probe
        edit(dir, 'base/gateway/deployment.yaml', /^ {10}readinessProbe:\n(?: {12}.*\n)+/m, '');
        // a number as a string: the schema says integer
        edit(dir, 'base/subgraphs/crm.yaml', 'failureThreshold: 150', 'failureThreshold: "150"');
        // orders open to every pod of the namespace
        edit(
          dir,
          'base/subgraphs/orders.yaml',
          /- from:\n {8}- podSelector:\n {12}matchLabels:\n {14}.*gateway\n/,
          '- from:\n        - podSelector: {}\n',
        );
        // a value that may be real in git
        edit(
          dir,
          'secrets.template.yaml',
          'SUBGRAPH_SIGNING_SECRET: REPLACE_ME',
          'SUBGRAPH_SIGNING_SECRET: 3c9f0a1e7b2d4c6a8e0f1a2b3c4d5e6f',
        );
        // a gateway that would listen on 127.0.0.1 only
        edit(dir, 'base/kustomization.yaml', '- HOST=0.0.0.0\n      - PORT=4000', '- PORT=4000');
        await checkManifests(dir);
      } catch (error) {
        stderr = (error as { stderr?: string }).stderr ?? String(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('names the Deployment that lacks a probe and the probe', () => {
      expect(stderr).toContain(
        'base: Deployment/gateway: container gateway has no readinessProbe: add one with httpGet path /ready',
      );
      expect(stderr).toContain('production: Deployment/gateway: container gateway has no readinessProbe');
    });

    it('names the object and the field of a wrong type', () => {
      expect(stderr).toContain(
        'base: Deployment/crm: /spec/template/spec/containers/0/startupProbe/failureThreshold must be integer (apps/v1 Deployment schema)',
      );
    });

    it('names the NetworkPolicy that lets more than the gateway reach a subgraph', () => {
      expect(stderr).toContain(
        'base: NetworkPolicy/orders-from-gateway: admits more than the gateway into base: Deployment/orders',
      );
    });

    it('refuses a Secret value in git that is not the placeholder', () => {
      expect(stderr).toContain(
        'secrets.template.yaml: Secret/c360-shared: SUBGRAPH_SIGNING_SECRET must be REPLACE_ME in git',
      );
    });

    it("reads the gateway's environment with the gateway's own rules", () => {
      expect(stderr).toContain('base: Deployment/gateway: HOST must be 0.0.0.0');
    });
  });
});
