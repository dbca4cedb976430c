import { z } from 'zod';

/** Environment variables as `process.env` holds them; functions take this so tests can pass a plain object. */
export type Env = Readonly<Record<string, string | undefined>>;

/** One bad variable: which, what it held, what is wrong, how to fix it. */
export interface EnvIssue {
  variable: string;
  value: string | undefined;
  problem: string;
  fix: string;
}

/**
 * Every bad variable at once. Reporting them one per start-up would make fixing a deployment a guessing game of
 * restarts, so the message lists them all.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly issues: readonly EnvIssue[],
    what = 'configuration',
  ) {
    super(
      `Invalid ${what} (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues
          .map(({ variable, value, problem, fix }) => {
            const shown = value === undefined ? 'unset' : JSON.stringify(value);
            const sentence = (text: string) => (text === '' ? '' : ` ${text.replace(/\.$/, '')}.`);
            return `  - ${variable} (${shown}):${sentence(problem)}${sentence(fix)}`;
          })
          .join('\n'),
    );
  }
}

/** Blank and whitespace-only values mean "unset": `PORT= npm start` should take the default, not fail. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;
}

/** A TCP port; 0 asks the OS for a free one. */
export function portVariable(fallback: number) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, { error: 'must be a whole number' })
      .transform(Number)
      .pipe(z.number().max(65535, { error: 'must be at most 65535' }))
      .optional()
      .transform((port) => port ?? fallback),
  );
}

/** A non-empty string with a default. */
export function stringVariable(fallback: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((value) => value ?? fallback),
  );
}

/** An absolute http(s) URL. */
export const httpUrlVariable = z.preprocess(
  blankToUndefined,
  z.string({ error: 'must be set' }).superRefine((value, context) => {
    if (!URL.canParse(value)) context.addIssue({ code: 'custom', message: 'is not a URL' });
    else if (!/^https?:$/.test(new URL(value).protocol))
      context.addIssue({ code: 'custom', message: 'must start with http:// or https://' });
  }),
);

/** A PostgreSQL connection string, if set. */
export const postgresUrlVariable = z.preprocess(
  blankToUndefined,
  z
    .string()
    .refine((value) => URL.canParse(value) && /^postgres(?:ql)?:$/.test(new URL(value).protocol), {
      error: 'must be a postgres:// or postgresql:// connection string',
    })
    .optional(),
);

export interface VariableSpec<Schema extends z.ZodType> {
  schema: Schema;
  /** How to fix a bad value, e.g. "Set PORT to a free port such as 4000, or unset it for the default". */
  fix: string;
}

/**
 * Reads `specs` from `env`, collecting an issue per bad variable instead of stopping at the first. Values of bad
 * variables are left undefined; callers throw a ConfigError when `issues` is not empty.
 */
export function readVariables<Specs extends Record<string, VariableSpec<z.ZodType>>>(
  env: Env,
  specs: Specs,
): { values: { [K in keyof Specs]: z.output<Specs[K]['schema']> }; issues: EnvIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: EnvIssue[] = [];
  for (const [variable, { schema, fix }] of Object.entries(specs)) {
    const raw = env[variable];
    const result = schema.safeParse(raw);
    if (result.success) values[variable] = result.data;
    else
      issues.push({ variable, value: raw, problem: result.error.issues.map((issue) => issue.message).join('; '), fix });
  }
  return { values: values as { [K in keyof Specs]: z.output<Specs[K]['schema']> }, issues };
}

/** A whole number in [min, max] with a default, e.g. a timeout in milliseconds. */
export function integerVariable(fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, { error: 'must be a whole number' })
      .transform(Number)
      .pipe(
        z
          .number()
          .min(min, { error: `must be at least ${min}` })
          .max(max, { error: `must be at most ${max}` }),
      )
      .optional()
      .transform((value) => value ?? fallback),
  );
}
