// `npm run deploy:check`: renders deploy/k8s/base and deploy/k8s/overlays/production with `kubectl kustomize`,
// validates every object against the Kubernetes schemas (kubernetes-models) and against our rules
// (scripts/deployCheck/), and checks the Secret template. They cannot be applied here: no cluster.
//   --dir <dir>  the deploy/k8s folder to check (default deploy/k8s; the tests check broken copies)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDeploymentRules } from './deployCheck/deploymentRules';
import { parseManifests } from './deployCheck/manifestObject';
import type { Located } from './deployCheck/manifestObject';
import { renderKustomization } from './deployCheck/renderKustomization';
import { checkSecrets, checkSettings, drainMsOf } from './deployCheck/settingsRules';
import { validateSchemas } from './deployCheck/validateSchemas';

const RENDERINGS = [
  { source: 'base', path: 'base' },
  { source: 'production', path: join('overlays', 'production') },
];

async function main(): Promise<number> {
  const index = process.argv.indexOf('--dir');
  const dir = resolve(index === -1 ? join(__dirname, '..', 'deploy', 'k8s') : (process.argv[index + 1] ?? '.'));
  const template = parseManifests(readFileSync(join(dir, 'secrets.template.yaml'), 'utf8'), 'secrets.template.yaml');
  const problems: string[] = [...(await validateSchemas(template))];
  let objects = 0;
  for (const { source, path } of RENDERINGS) {
    let rendered: Located[];
    try {
      rendered = parseManifests(renderKustomization(join(dir, path)), source);
    } catch (error) {
      problems.push(`${source}: ${(error as Error).message}`);
      continue;
    }
    objects += rendered.length;
    problems.push(
      ...(await validateSchemas(rendered)),
      ...checkDeploymentRules(rendered, drainMsOf(rendered, template)),
      ...checkSecrets(rendered, source === 'base' ? template : []),
      ...checkSettings(rendered, template),
    );
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`${problems.length} problem(s) in ${dir}.`);
    return 1;
  }
  console.log(
    `${objects} objects rendered from ${RENDERINGS.map(({ path }) => path).join(' and ')} and ${template.length} template Secrets are valid (Kubernetes schemas and our rules).`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
