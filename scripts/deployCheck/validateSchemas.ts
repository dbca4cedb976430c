// Each object against the Kubernetes OpenAPI schema of its apiVersion and kind, with kubernetes-models (JSON
// schemas generated from Kubernetes' OpenAPI; ajv underneath). Like kubeconform without -strict: wrong types,
// missing required fields and bad enum values are found; a misspelt optional field is not (the deployment rules
// catch the ones that matter, e.g. a readinessProbe that is not there).
import { nameOf } from './manifestObject';
import type { Located } from './manifestObject';

interface Model {
  validate(): void;
}
type ModelClass = new (data: unknown) => Model;

interface SchemaError {
  instancePath?: string;
  message?: string;
}

/** `apps/v1` → `kubernetes-models/apps/v1`, `v1` → `kubernetes-models/v1`. */
function modulePath(apiVersion: string): string {
  return `kubernetes-models/${apiVersion}`;
}

async function modelOf(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
  let module: Record<string, unknown>;
  try {
    // kubernetes-models is ESM only: a dynamic import loads it from this CommonJS module
    module = (await import(modulePath(apiVersion))) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const model = module[kind];
  return typeof model === 'function' ? (model as ModelClass) : undefined;
}

/** One message per schema violation, e.g. `production: Deployment/gateway: /spec/replicas must be integer`. */
export async function validateSchemas(objects: readonly Located[]): Promise<string[]> {
  const problems: string[] = [];
  for (const located of objects) {
    const { apiVersion, kind } = located.object;
    if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
      problems.push(`${nameOf(located)}: has no apiVersion or kind`);
      continue;
    }
    const Model = await modelOf(apiVersion, kind);
    if (Model === undefined) {
      problems.push(
        `${nameOf(located)}: ${apiVersion} ${kind} is not a Kubernetes kind (kubernetes-models has no schema for it)`,
      );
      continue;
    }
    try {
      new Model(located.object).validate();
    } catch (error) {
      const errors = (error as { errors?: SchemaError[] }).errors;
      if (!Array.isArray(errors)) {
        problems.push(`${nameOf(located)}: ${(error as Error).message}`);
        continue;
      }
      for (const { instancePath, message } of errors) {
        problems.push(
          `${nameOf(located)}: ${instancePath || '/'} ${message ?? 'is invalid'} (${apiVersion} ${kind} schema)`,
        );
      }
    }
  }
  return problems;
}
