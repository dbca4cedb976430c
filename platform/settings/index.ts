// The one settings layer of every program (gateway, subgraphs, `npm start`, scripts): rules written once, a reader
// that collects every bad variable, one error that lists them all with their fixes and never shows a secret.
export { ConfigError, CONFIG_INVALID, describeIssue, HIDDEN, throwIfIssues } from './ConfigError';
export type { EnvIssue } from './ConfigError';
export { formatDuration, parseDuration } from './duration';
export { isProduction } from './env';
export type { Env } from './env';
export { readMatchingVariables, readVariables } from './readVariables';
export type { VariableSpec } from './readVariables';
export {
  booleanVariable,
  durationVariable,
  enumVariable,
  httpUrlVariable,
  integerVariable,
  optionalStringVariable,
  portVariable,
  postgresUrlVariable,
  redisUrlVariable,
  secretVariable,
  stringVariable,
  unsetIfBlank,
  variable,
} from './rules';
export type { SecretRule } from './rules';
