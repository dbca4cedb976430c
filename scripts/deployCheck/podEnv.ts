import { at, list, record } from './manifestObject';
import type { Located } from './manifestObject';

/**
 * What a Secret key holds once someone filled in the template: well-formed values, so that the programs' own
 * settings readers can say whether the rest of the environment is right. Never real: these never leave the check.
 */
export const SAMPLE_SECRET_VALUES: Record<string, string> = {
  SUBGRAPH_SIGNING_SECRET: 'sample-signing-secret-of-the-deploy-check-0123456789',
  REDIS_URL: 'redis://redis.example.internal:6379/0',
  JWT_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
  JWT_ISSUER: 'https://id.example.com/',
  JWT_AUDIENCE: 'customer-360',
  DATABASE_URL: 'postgres://c360@postgres.example.internal:5432/c360',
};

export interface PodEnv {
  /** Variable → value, as the first container would see it. */
  env: Record<string, string>;
  /** References that lead nowhere, e.g. a Secret the template does not list. */
  problems: string[];
}

/**
 * The environment of a Deployment's first container: envFrom ConfigMaps (from the same rendering), envFrom
 * Secrets (from the template, each value through `secretValue`), then env. valueFrom entries are not followed.
 */
export function podEnv(
  deployment: Located,
  rendered: readonly Located[],
  secrets: readonly Located[],
  secretValue: (key: string, placeholder: string) => string,
): PodEnv {
  const env: Record<string, string> = {};
  const problems: string[] = [];
  const container = list(at(deployment.object, 'spec.template.spec.containers'))[0];
  const find = (objects: readonly Located[], kind: string, name: unknown) =>
    objects.find(({ object }) => object.kind === kind && object.metadata?.name === name);
  for (const source of list(at(container, 'envFrom'))) {
    const configMap = at(source, 'configMapRef.name');
    const secret = at(source, 'secretRef.name');
    if (configMap !== undefined) {
      const found = find(rendered, 'ConfigMap', configMap);
      if (found === undefined) problems.push(`envFrom names the ConfigMap ${String(configMap)}, which is not rendered`);
      for (const [key, value] of Object.entries(record(at(found?.object, 'data')))) env[key] = String(value);
    }
    if (secret !== undefined) {
      const found = find(secrets, 'Secret', secret);
      if (found === undefined)
        problems.push(
          `envFrom names the Secret ${String(secret)}, which deploy/k8s/secrets.template.yaml does not list`,
        );
      for (const [key, value] of Object.entries(record(at(found?.object, 'stringData'))))
        env[key] = secretValue(key, String(value));
    }
  }
  for (const variable of list(at(container, 'env'))) {
    const value = at(variable, 'value');
    if (typeof value === 'string') env[String(at(variable, 'name'))] = value;
  }
  return { env, problems };
}
