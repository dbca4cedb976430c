// The rules every program's settings are made of, each written once: blank means unset, then one check. Each
// returns a zod schema of the raw variable (string or undefined) that readVariables runs; messages complete the
// sentence "<VARIABLE> (<value>): …".
import { z } from 'zod';
import { formatDuration, parseDuration } from './duration';

/** Blank and whitespace-only values mean "unset" (`PORT= npm start` takes the default); others are trimmed. */
export function unsetIfBlank(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Every rule starts here, so no rule can forget that blank means unset. */
export function variable<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess(unsetIfBlank, schema);
}

/** Rules whose values are secrets: readVariables shows that they are set, never what they hold. */
const secretRules = new WeakSet<z.ZodType>();

export function isSecretRule(schema: z.ZodType): boolean {
  return secretRules.has(schema);
}

/** Any text, or undefined when unset. */
export function optionalStringVariable() {
  return variable(z.string().optional());
}

/** Any text, `fallback` when unset. */
export function stringVariable(fallback: string) {
  return variable(
    z
      .string()
      .optional()
      .transform((value) => value ?? fallback),
  );
}

/** A whole number in [min, max], `fallback` when unset, e.g. a timeout in milliseconds. */
export function integerVariable(fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  return variable(
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

/** A TCP port; 0 asks the OS for a free one. */
export function portVariable(fallback: number) {
  return integerVariable(fallback, { max: 65535 });
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

/** true/false (also 1/0, yes/no, on/off, any case), `fallback` when unset. */
export function booleanVariable(fallback: boolean) {
  return variable(
    z
      .string()
      .optional()
      .transform((raw, context) => {
        if (raw === undefined) return fallback;
        const value = raw.toLowerCase();
        if (TRUE.includes(value)) return true;
        if (FALSE.includes(value)) return false;
        context.addIssue({ code: 'custom', message: 'must be true or false' });
        return z.NEVER;
      }),
  );
}

/** One of `values` (lower case; the variable may be in any case), `fallback` (which may be undefined) when unset. */
export function enumVariable<const Value extends string, const Fallback extends Value | undefined>(
  values: readonly Value[],
  fallback: Fallback,
  message = `must be one of ${values.join(', ')}`,
) {
  return variable(
    z
      .string()
      .optional()
      .transform((raw, context): Value | Fallback => {
        if (raw === undefined) return fallback;
        const value = raw.toLowerCase();
        if ((values as readonly string[]).includes(value)) return value as Value;
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }),
  );
}

/** A URL of one of `protocols` (e.g. `redis:`), or undefined when unset. */
function urlVariable(protocols: readonly string[], expectation: string) {
  return variable(
    z
      .string()
      .superRefine((value, context) => {
        if (!URL.canParse(value)) context.addIssue({ code: 'custom', message: `is not a URL; it ${expectation}` });
        else if (!protocols.includes(new URL(value).protocol))
          context.addIssue({ code: 'custom', message: expectation });
      })
      .optional(),
  );
}

/** An absolute http(s) URL, e.g. a subgraph's endpoint. */
export function httpUrlVariable() {
  return urlVariable(['http:', 'https:'], 'must start with http:// or https://');
}

/** A Redis URL (rediss: with TLS). */
export function redisUrlVariable() {
  return urlVariable(['redis:', 'rediss:'], 'must be a redis:// or rediss:// URL');
}

/** A PostgreSQL connection string. */
export function postgresUrlVariable() {
  return urlVariable(['postgres:', 'postgresql:'], 'must be a postgres:// or postgresql:// connection string');
}

export interface SecretRule {
  /** Shorter is guessable: an HMAC key wants at least its hash's length (RFC 7518 §3.2: 256 bits). */
  minLength: number;
  /** What the length rule calls the secret, e.g. "an HS256 secret". */
  kind?: string;
  /** The development secret committed to this repository, refused in production. */
  devDefault: string;
  production: boolean;
  /** Whether production must set it (a signing secret) or may do without it (a JWT secret beside a JWKS URL). */
  requiredInProduction: boolean;
}

/** A secret of at least `minLength` characters, never the development default in production; undefined when unset. */
export function secretVariable({ minLength, kind = 'it', devDefault, production, requiredInProduction }: SecretRule) {
  const schema = variable(
    z
      .string()
      .optional()
      .superRefine((secret, context) => {
        if (secret === undefined) {
          if (production && requiredInProduction)
            context.addIssue({ code: 'custom', message: 'must be a secret of your own when NODE_ENV=production' });
          return;
        }
        if (secret.length < minLength)
          context.addIssue({
            code: 'custom',
            message: `is ${secret.length} characters; ${kind} needs at least ${minLength}`,
          });
        if (production && secret === devDefault)
          context.addIssue({
            code: 'custom',
            message: 'is the public development secret from this repository, refused when NODE_ENV=production',
          });
      }),
  );
  secretRules.add(schema);
  return schema;
}

/** A duration, `12h`, `90m`, `1d` or seconds, within [min, max] seconds; in seconds, `fallback` when unset. */
export function durationVariable(fallback: number, { min, max }: { min: number; max: number }) {
  return variable(
    z
      .string()
      .optional()
      .transform((text, context) => {
        if (text === undefined) return fallback;
        const seconds = parseDuration(text);
        if (seconds === undefined) {
          context.addIssue({ code: 'custom', message: 'is not a duration such as 12h, 90m, 1d or 3600 (seconds)' });
          return z.NEVER;
        }
        if (seconds < min || seconds > max) {
          context.addIssue({
            code: 'custom',
            message: `must be between ${formatDuration(min)} and ${formatDuration(max)}`,
          });
          return z.NEVER;
        }
        return seconds;
      }),
  );
}
