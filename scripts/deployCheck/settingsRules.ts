// The settings the manifests give the programs, read by the programs' own readers (gateway/config.ts,
// subgraphs/shared/subgraphSettings.ts): accepted once the Secrets are filled in, refused while a placeholder is
// left; and no secret in git.
import { join } from 'node:path';
import { readGatewayVariables, subgraphUrlVariable } from '../../gateway/config';
import { DEFAULT_DRAIN_MS } from '../../gateway/dataSources/resilienceOptions';
import { loadSupergraph } from '../../gateway/supergraph';
import { DEFAULT_MANIFEST_PATH } from '../../gateway/trustedDocuments/options';
import { isSubgraphName, SUBGRAPHS } from '../../subgraphs/shared/catalog';
import { readSubgraphVariables } from '../../subgraphs/shared/subgraphSettings';
import type { EnvIssue } from '../../platform/settings';
import { at, list, nameOf, record } from './manifestObject';
import type { Located } from './manifestObject';
import { podEnv, SAMPLE_SECRET_VALUES } from './podEnv';

export const PLACEHOLDER = 'REPLACE_ME';
const root = join(__dirname, '..', '..');
const SECRET_NAME = /SECRET|PASSWORD|TOKEN|PRIVATE|_KEY$/;
const PASSWORD_IN_URL = /\/\/[^:@/\s]+:[^@/\s]+@/;

const describe = (issues: readonly EnvIssue[]) =>
  issues
    .map(({ variable, value, problem }) => `${variable}${value === undefined ? '' : ` (${value})`} ${problem}`)
    .join('; ');

/** The template's Secrets hold placeholders only, and no rendering holds a Secret or a secret-looking value. */
export function checkSecrets(rendered: readonly Located[], template: readonly Located[]): string[] {
  const problems: string[] = [];
  for (const secret of rendered.filter(({ object }) => object.kind === 'Secret'))
    problems.push(
      `${nameOf(secret)}: Secrets stay out of the kustomization (apply would overwrite the real ones); list it in deploy/k8s/secrets.template.yaml`,
    );
  for (const secret of template) {
    if (secret.object.kind !== 'Secret') {
      problems.push(`${nameOf(secret)}: the template holds Secrets only`);
      continue;
    }
    if (at(secret.object, 'data') !== undefined)
      problems.push(`${nameOf(secret)}: use stringData with ${PLACEHOLDER} values, not data`);
    for (const [key, value] of Object.entries(record(at(secret.object, 'stringData'))))
      if (value !== PLACEHOLDER)
        problems.push(
          `${nameOf(secret)}: ${key} must be ${PLACEHOLDER} in git, not a value that may be real; create the real Secret with kubectl`,
        );
  }
  for (const configMap of rendered.filter(({ object }) => object.kind === 'ConfigMap')) {
    for (const [key, value] of Object.entries(record(at(configMap.object, 'data')))) {
      if (SECRET_NAME.test(key) || PASSWORD_IN_URL.test(String(value)))
        problems.push(`${nameOf(configMap)}: ${key} looks like a secret; move it to a Secret (secrets.template.yaml)`);
    }
  }
  return problems;
}

/** A subgraph's drain: platform/http/listen.ts close()'s default. */
const SUBGRAPH_DRAIN_MS = 10_000;

/** The gateway's drain, as its ConfigMap sets it (gateway/config.ts's default otherwise); a subgraph's is listen()'s. */
export function drainMsOf(rendered: readonly Located[], template: readonly Located[]) {
  return (deployment: Located): number => {
    if (deployment.object.metadata?.name !== 'gateway') return SUBGRAPH_DRAIN_MS;
    const { env } = podEnv(deployment, rendered, template, (key) => SAMPLE_SECRET_VALUES[key] ?? '');
    return Number(env['SHUTDOWN_DRAIN_MS'] ?? DEFAULT_DRAIN_MS);
  };
}

/** Each Deployment's environment as its program reads it: accepted with sample secrets, refused with placeholders. */
export function checkSettings(rendered: readonly Located[], template: readonly Located[]): string[] {
  const problems: string[] = [];
  const sample = (key: string) => SAMPLE_SECRET_VALUES[key] ?? `no sample value for ${key}`;
  const services = rendered.filter(({ object }) => object.kind === 'Service');
  for (const deployment of rendered.filter(({ object }) => object.kind === 'Deployment')) {
    const problem = (text: string) => problems.push(`${nameOf(deployment)}: ${text}`);
    const filled = podEnv(deployment, rendered, template, sample);
    const placeholders = podEnv(deployment, rendered, template, (_key, placeholder) => placeholder);
    filled.problems.forEach(problem);
    const command = list(at(list(at(deployment.object, 'spec.template.spec.containers'))[0], 'command')).map(String);
    const program = command.find((part) => part.startsWith('dist/'));
    const ports = list(at(list(at(deployment.object, 'spec.template.spec.containers'))[0], 'ports')).map((port) =>
      String(at(port, 'containerPort')),
    );
    if (!ports.includes(filled.env['PORT'] ?? ''))
      problem(`PORT (${filled.env['PORT'] ?? 'unset'}) is not its containerPort (${ports.join(', ')})`);
    if (filled.env['HOST'] !== '0.0.0.0') problem('HOST must be 0.0.0.0: the programs listen on 127.0.0.1 otherwise');
    if (program === 'dist/gateway/index.js') {
      // the supergraph is mounted from a ConfigMap made of schema/supergraph.graphql; the manifest is in the image
      const env = { TRUSTED_DOCUMENTS_MANIFEST: join(root, DEFAULT_MANIFEST_PATH), ...filled.env };
      const load = () => loadSupergraph(join(root, 'schema', 'supergraph.graphql'));
      const { config, issues } = readGatewayVariables(env, load);
      if (issues.length > 0) problem(`the gateway would refuse these settings: ${describe(issues)}`);
      if (readGatewayVariables({ ...env, ...placeholders.env }, load).issues.length === 0)
        problem(`the gateway would start with the template's ${PLACEHOLDER} values; make them fail its checks`);
      if (config?.production !== true) problem('NODE_ENV must be production');
      for (const { name, defaultPort } of SUBGRAPHS) {
        const url = config?.subgraphUrls[name];
        const service = url === undefined ? undefined : new URL(url);
        const found = services.find(
          ({ object }) =>
            object.metadata?.name === service?.hostname &&
            list(at(object, 'spec.ports')).some((port) => String(at(port, 'port')) === service?.port),
        );
        if (found === undefined)
          problem(
            `${subgraphUrlVariable(name)} (${url ?? 'unset'}) must name the Service of the ${name} subgraph and its port, e.g. http://${name}:${defaultPort}/graphql`,
          );
      }
    } else if (program === 'dist/scripts/subgraph.js') {
      const name = command[command.indexOf(program) + 1] ?? '';
      if (!isSubgraphName(name)) {
        problem(`runs the subgraph "${name}", which is not one of ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
        continue;
      }
      const { issues } = readSubgraphVariables({ name }, filled.env);
      if (issues.length > 0) problem(`the ${name} subgraph would refuse these settings: ${describe(issues)}`);
      if (filled.env['DATABASE_URL'] === undefined)
        problem('has no DATABASE_URL: it would run on an embedded PGlite in the pod');
      if (readSubgraphVariables({ name }, { ...filled.env, ...placeholders.env }).issues.length === 0)
        problem(
          `the ${name} subgraph would start with the template's ${PLACEHOLDER} values; make them fail its checks`,
        );
    } else {
      problem(
        `its command (${command.join(' ')}) runs neither dist/gateway/index.js nor dist/scripts/subgraph.js <name>`,
      );
    }
  }
  return problems;
}
