import type { ApolloServerOptions } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { costPlugin } from './costPlugin';
import { maxAliasesRule } from './maxAliasesRule';
import { maxCostRule } from './maxCostRule';
import { maxDepthRule } from './maxDepthRule';
import { maxDirectivesRule } from './maxDirectivesRule';
import { maxRootFieldsRule } from './maxRootFieldsRule';
import type { RequestLimits } from './options';

export { DEFAULT_REQUEST_LIMITS, defaultRequestLimits } from './options';
export type { RequestLimits } from './options';
export { LimitErrorCode, withLimitCode } from './limitErrorCode';
export { readLimitVariables } from './limitsConfig';
export { requestBodyErrorHandler, requestBodyMiddleware } from './requestBody';
export { createVariableCostCheck } from './costPlugin';
export type { VariableCostCheck } from './costPlugin';
export { costPlugin, maxAliasesRule, maxCostRule, maxDepthRule, maxDirectivesRule, maxRootFieldsRule };

/** The limit rules, run by Apollo after graphql-js's own and before planning: a rejection never reaches a subgraph. */
export function limitValidationRules(limits: RequestLimits): ValidationRule[] {
  return [
    maxDepthRule(limits.maxDepth),
    maxAliasesRule(limits.maxAliases),
    maxDirectivesRule(limits.maxDirectives),
    maxRootFieldsRule(limits.maxRootFields),
    maxCostRule({ max: limits.maxCost, defaultListSize: limits.defaultListSize, maxPageSize: limits.maxPageSize }),
  ];
}

/** The ApolloServer options that enforce `limits`; the caller merges `plugins` with its own. */
export function apolloLimitOptions(
  limits: RequestLimits,
): Pick<
  ApolloServerOptions<object>,
  | 'validationRules'
  | 'parseOptions'
  | 'introspection'
  | 'hideSchemaDetailsFromClientErrors'
  | 'allowBatchedHttpRequests'
  | 'plugins'
> {
  return {
    validationRules: limitValidationRules(limits),
    // the cost again, with the request's variables (the rules only see their defaults)
    plugins: [
      costPlugin({ max: limits.maxCost, defaultListSize: limits.defaultListSize, maxPageSize: limits.maxPageSize }),
    ],
    // graphql-js counts tokens while parsing and stops at the limit (TOO_MANY_TOKENS, see withLimitCode). Not GraphQL
    // Armor's max-tokens: Apollo has no parse hook, so Armor's Apollo plugin parses the whole document a second time
    // in parsingDidStart, before Apollo's own parse, to count what this option counts during the only one.
    parseOptions: { maxTokens: limits.maxTokens },
    introspection: limits.introspection,
    hideSchemaDetailsFromClientErrors: limits.hideSchemaDetails,
    allowBatchedHttpRequests: limits.maxBatch > 1,
  };
}
