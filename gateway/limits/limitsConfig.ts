import { booleanVariable, integerVariable, readVariables } from '../../platform/settings';
import type { Env, EnvIssue } from '../../platform/settings';
import { defaultRequestLimits } from './options';
import type { RequestLimits } from './options';

/**
 * The GRAPHQL_* request limits, with defaults from NODE_ENV (production turns introspection and "Did you mean"
 * suggestions off). Issues are returned, not thrown, so parseGatewayConfig reports them with every other bad
 * variable.
 */
export function readLimitVariables(env: Env): { limits: RequestLimits; issues: EnvIssue[] } {
  const defaults = defaultRequestLimits(env['NODE_ENV']);
  const count = (fallback: number, max: number) => integerVariable(fallback, { min: 1, max });
  const { values, issues } = readVariables(env, {
    GRAPHQL_MAX_DEPTH: {
      schema: count(defaults.maxDepth, 1_000),
      fix: `Set GRAPHQL_MAX_DEPTH to the deepest field nesting allowed, e.g. ${defaults.maxDepth}`,
    },
    GRAPHQL_MAX_ALIASES: {
      schema: integerVariable(defaults.maxAliases, { max: 100_000 }),
      fix: `Set GRAPHQL_MAX_ALIASES to the aliases allowed per operation, e.g. ${defaults.maxAliases}`,
    },
    GRAPHQL_MAX_ROOT_FIELDS: {
      schema: count(defaults.maxRootFields, 10_000),
      fix: `Set GRAPHQL_MAX_ROOT_FIELDS to the root fields allowed per operation, e.g. ${defaults.maxRootFields}`,
    },
    GRAPHQL_MAX_DIRECTIVES: {
      schema: count(defaults.maxDirectives, 100_000),
      fix: `Set GRAPHQL_MAX_DIRECTIVES to the directives allowed per operation, e.g. ${defaults.maxDirectives}`,
    },
    GRAPHQL_MAX_TOKENS: {
      schema: count(defaults.maxTokens, 10_000_000),
      fix: `Set GRAPHQL_MAX_TOKENS to the tokens allowed per document, e.g. ${defaults.maxTokens}`,
    },
    GRAPHQL_MAX_COST: {
      schema: count(defaults.maxCost, Number.MAX_SAFE_INTEGER),
      fix: `Set GRAPHQL_MAX_COST to the largest operation cost allowed, e.g. ${defaults.maxCost}`,
    },
    GRAPHQL_DEFAULT_LIST_SIZE: {
      schema: count(defaults.defaultListSize, 100_000),
      fix: `Set GRAPHQL_DEFAULT_LIST_SIZE to the size the cost limit assumes for an unpaged list, e.g. ${defaults.defaultListSize}`,
    },
    GRAPHQL_MAX_PAGE_SIZE: {
      schema: count(defaults.maxPageSize, 100_000),
      fix: `Set GRAPHQL_MAX_PAGE_SIZE to the largest page the subgraphs serve, e.g. ${defaults.maxPageSize}`,
    },
    GRAPHQL_MAX_BATCH: {
      schema: count(defaults.maxBatch, 1_000),
      fix: `Set GRAPHQL_MAX_BATCH to the operations allowed per request (1 turns batching off), e.g. ${defaults.maxBatch}`,
    },
    GRAPHQL_MAX_BODY_BYTES: {
      schema: count(defaults.maxBodyBytes, 100 * 1_048_576),
      fix: `Set GRAPHQL_MAX_BODY_BYTES to the largest request body in bytes, e.g. ${defaults.maxBodyBytes}`,
    },
    GRAPHQL_MAX_STRING_LENGTH: {
      schema: count(defaults.maxStringLength, 100 * 1_048_576),
      fix: `Set GRAPHQL_MAX_STRING_LENGTH to the longest string one variable or argument may hold, e.g. ${defaults.maxStringLength}`,
    },
    GRAPHQL_INTROSPECTION: {
      schema: booleanVariable(defaults.introspection),
      fix: 'Set GRAPHQL_INTROSPECTION to true or false (default: false when NODE_ENV=production, else true)',
    },
    GRAPHQL_HIDE_SCHEMA_DETAILS: {
      schema: booleanVariable(defaults.hideSchemaDetails),
      fix: 'Set GRAPHQL_HIDE_SCHEMA_DETAILS to true or false (default: true when NODE_ENV=production, else false)',
    },
  });
  return {
    issues,
    limits: {
      maxDepth: values.GRAPHQL_MAX_DEPTH,
      maxAliases: values.GRAPHQL_MAX_ALIASES,
      maxRootFields: values.GRAPHQL_MAX_ROOT_FIELDS,
      maxDirectives: values.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: values.GRAPHQL_MAX_TOKENS,
      maxCost: values.GRAPHQL_MAX_COST,
      defaultListSize: values.GRAPHQL_DEFAULT_LIST_SIZE,
      maxPageSize: values.GRAPHQL_MAX_PAGE_SIZE,
      maxBatch: values.GRAPHQL_MAX_BATCH,
      maxBodyBytes: values.GRAPHQL_MAX_BODY_BYTES,
      maxStringLength: values.GRAPHQL_MAX_STRING_LENGTH,
      introspection: values.GRAPHQL_INTROSPECTION,
      hideSchemaDetails: values.GRAPHQL_HIDE_SCHEMA_DETAILS,
    },
  };
}
