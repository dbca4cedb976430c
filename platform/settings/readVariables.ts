import type { z } from 'zod';
import { HIDDEN } from './ConfigError';
import type { EnvIssue } from './ConfigError';
import type { Env } from './env';
import { isSecretRule, unsetIfBlank } from './rules';

export interface VariableSpec<Schema extends z.ZodType = z.ZodType> {
  /** One of ./rules, possibly refined. */
  schema: Schema;
  /** How to fix a bad value, e.g. "Set PORT to a free port such as 4000, or unset it for the default". */
  fix: string;
  /** Show that it is set, never its value (secretVariable's rules are secret without saying so). */
  secret?: boolean;
}

type Values<Specs extends Record<string, VariableSpec>> = { [K in keyof Specs]: z.output<Specs[K]['schema']> };

/** The value as an issue may show it: a secret's hidden, a password in a URL masked. */
function shown(raw: string | undefined, spec: VariableSpec): string | undefined {
  if (raw === undefined) return undefined;
  if (spec.secret === true || isSecretRule(spec.schema)) return HIDDEN;
  return raw.replace(/(\/\/[^:@/\s]*):[^@/\s]*@/g, '$1:***@');
}

type Reading<Value> = { ok: true; value: Value } | { ok: false; issue: EnvIssue };

function readOne<Schema extends z.ZodType>(
  env: Env,
  name: string,
  spec: VariableSpec<Schema>,
): Reading<z.output<Schema>> {
  const raw = env[name];
  const result = spec.schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const problem = result.error.issues.map((issue) => issue.message).join('; ');
  return { ok: false, issue: { variable: name, value: shown(raw, spec), problem, fix: spec.fix } };
}

/**
 * Reads `specs` from `env`, collecting an issue per bad variable instead of stopping at the first. A bad variable's
 * value is what it would be unset (its default), so the values stay well-typed; callers throw one ConfigError for
 * all the issues of the program (throwIfIssues), usually after adding their own readers' issues.
 */
export function readVariables<Specs extends Record<string, VariableSpec>>(
  env: Env,
  specs: Specs,
): { values: Values<Specs>; issues: EnvIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: EnvIssue[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const reading = readOne(env, name, spec);
    if (reading.ok) {
      values[name] = reading.value;
      continue;
    }
    issues.push(reading.issue);
    const unset = spec.schema.safeParse(undefined);
    if (unset.success) values[name] = unset.data;
  }
  return { values: values as Values<Specs>, issues };
}

/**
 * Reads every set variable whose name matches `pattern` (e.g. SUBGRAPH_<NAME>_URL, one per subgraph), each by the
 * spec `specOf` gives it. Only good values are in `values`; blank variables are unset, so not there either.
 */
export function readMatchingVariables<Schema extends z.ZodType>(
  env: Env,
  pattern: RegExp,
  specOf: (name: string) => VariableSpec<Schema>,
): { values: Map<string, NonNullable<z.output<Schema>>>; issues: EnvIssue[] } {
  const values = new Map<string, NonNullable<z.output<Schema>>>();
  const issues: EnvIssue[] = [];
  for (const name of Object.keys(env)) {
    if (!pattern.test(name) || unsetIfBlank(env[name]) === undefined) continue;
    const reading = readOne(env, name, specOf(name));
    if (!reading.ok) issues.push(reading.issue);
    else if (reading.value !== undefined && reading.value !== null) values.set(name, reading.value);
  }
  return { values, issues };
}
