// The rendered manifests as plain objects, and the few accessors the checks share. Everything is optional: the
// rules run on objects the schema check may have just found wrong, and must report, not crash.
import { parseAllDocuments } from 'yaml';

export interface ManifestObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** One object of one rendering: `source` says which (`base`, `production`, `secrets.template.yaml`). */
export interface Located {
  source: string;
  object: ManifestObject;
}

/** `production: Deployment/gateway`, how every message names an object. */
export function nameOf({ source, object }: Located): string {
  return `${source}: ${object.kind ?? '(no kind)'}/${object.metadata?.name ?? '(no name)'}`;
}

/** Every document of a multi-document YAML text; a YAML error names the source. */
export function parseManifests(text: string, source: string): Located[] {
  return parseAllDocuments(text).flatMap((document) => {
    if (document.errors.length > 0) {
      throw new Error(`${source} is not valid YAML: ${document.errors.map((error) => error.message).join('; ')}`);
    }
    const object: unknown = document.toJS();
    if (object === null || object === undefined) return [];
    if (typeof object !== 'object' || Array.isArray(object)) {
      throw new Error(`${source} holds a YAML document that is not a Kubernetes object: ${JSON.stringify(object)}`);
    }
    return [{ source, object: object as ManifestObject }];
  });
}

/** `value` as a record, or an empty one: for walking objects whose shape is not checked yet. */
export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value at `path` (`spec.template.spec`), undefined where a step is missing. */
export function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, key) => record(current)[key], value);
}
