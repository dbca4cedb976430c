import { defaultFieldResolver, GraphQLError, isObjectType, Kind } from 'graphql';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { RequestCaller } from '../../../platform/caller/requestCaller';
import { hasScope } from '../../../platform/caller/caller';
import { maskFreeText } from './freeTextMasking';
import type { KnownPii } from './freeTextMasking';

/**
 * Per type with `@pii(kind: FREE_TEXT)` fields: the customer's own e-mail, phone and streets for the object a text
 * belongs to (a note → its customer), so the masker finds them however they are written. Each subgraph module
 * gives its own (crm knows the values, tickets keeps digests of them).
 */
export type KnownPiiHooks<Context = never> = Readonly<
  Record<string, (parent: never, context: Context) => Promise<KnownPii> | KnownPii>
>;

/** The kinds `@pii(kind:)` accepts, each with its mask. */
export const PII_MASKS: Readonly<Record<string, (value: string) => string>> = {
  /** `maria.keller@example.com` → `m***@example.com`: the domain still tells a colleague which provider. */
  EMAIL: (value) => {
    const at = value.lastIndexOf('@');
    return at <= 0 ? '***' : `${value[0]}***${value.slice(at)}`;
  },
  /** `+4930123456` → `+49*******56`: the country and the last digits, enough to tell two numbers apart. */
  PHONE: (value) =>
    value.length <= 5 ? '***' : `${value.slice(0, 3)}${'*'.repeat(value.length - 5)}${value.slice(-2)}`,
  /** `Hauptstraße 12` → `H***`. */
  STREET: (value) => (value.length === 0 ? value : `${value[0]}***`),
};

/**
 * Wraps the resolver of every field marked `@pii(kind: …)` so that a caller without the `pii:read` scope gets the
 * masked value. The subgraph that owns the data masks it, so no cache or log downstream ever holds the clear
 * value for such a caller, and a caller the subgraph cannot identify gets the masked value too. `FREE_TEXT` fields
 * (notes, messages, subjects) keep their words and lose what maskFreeText finds, the customer's own values
 * (from `knownPii[type]`) included.
 */
export function applyPiiMasking<Context extends RequestCaller>(
  schema: GraphQLSchema,
  knownPii: KnownPiiHooks<Context> = {},
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const directive = field.astNode?.directives?.find((node) => node.name.value === 'pii');
      if (!directive) continue;
      const kindArgument = directive.arguments?.find((argument) => argument.name.value === 'kind')?.value;
      const kind = kindArgument?.kind === Kind.ENUM || kindArgument?.kind === Kind.STRING ? kindArgument.value : '';
      if (kind === 'FREE_TEXT') {
        const known = knownPii[type.name];
        if (!known)
          throw new Error(
            `invariant violated: ${type.name}.${field.name} has @pii(kind: FREE_TEXT) but the module gives no knownPii hook for ${type.name}`,
          );
        field.resolve = maskingFreeText(field.resolve ?? defaultFieldResolver, known, `${type.name}.${field.name}`);
        continue;
      }
      const mask = PII_MASKS[kind];
      if (!mask)
        throw new Error(`invariant violated: ${type.name}.${field.name} has @pii(kind: ${kind}), an unknown kind`);
      const resolve: GraphQLFieldResolver<unknown, RequestCaller> = field.resolve ?? defaultFieldResolver;
      field.resolve = async (source, args, context, info) => {
        const value: unknown = await resolve(source, args, context, info);
        if (hasScope(context.caller, 'pii:read')) return value;
        if (typeof value === 'string') return mask(value);
        if (value === null || value === undefined || value instanceof GraphQLError) return value;
        throw new Error(`invariant violated: @pii field ${type.name}.${field.name} resolved to a non-string`);
      };
    }
  }
  return schema;
}

function maskingFreeText<Context extends RequestCaller>(
  resolve: GraphQLFieldResolver<unknown, Context>,
  known: (parent: never, context: Context) => Promise<KnownPii> | KnownPii,
  coordinate: string,
): GraphQLFieldResolver<unknown, Context> {
  return async (source, args, context, info) => {
    const value: unknown = await resolve(source, args, context, info);
    if (hasScope(context.caller, 'pii:read')) return value;
    if (typeof value === 'string') return maskFreeText(value, await known(source as never, context));
    if (value === null || value === undefined || value instanceof GraphQLError) return value;
    throw new Error(`invariant violated: @pii field ${coordinate} resolved to a non-string`);
  };
}
