import { createHash } from 'node:crypto';
import type { Caller, Scope } from '../../../platform/caller';

/**
 * The scopes that change what a subgraph answers to a query: without `pii:read`, crm masks e-mail, phone and
 * street. Every other part of the caller (user, role, team, the other scopes) only decides what the caller may
 * *do*, which the gateway checks before any fetch (gateway/auth), so answers are shared across them. A subgraph
 * that starts answering differently by another scope must add it here, or its callers would share answers.
 */
export const ANSWER_CHANGING_SCOPES: readonly Scope[] = ['pii:read'];

/** The part of the caller an answer depends on, e.g. `pii:read` or `` (masked). */
export function visibilityOf(caller: Caller | undefined): string {
  return ANSWER_CHANGING_SCOPES.filter((scope) => caller?.scopes.includes(scope) ?? false).join(' ');
}

/**
 * The part of an entry's key every entity of one fetch shares: the subgraph, the exact query text the planner sent
 * (so the selection), the caller's visibility and the variables other than the representations. Hashed once per
 * fetch, not once per entity: the story's query texts run to kilobytes.
 */
export function fetchKey(
  subgraph: string,
  query: string,
  visibility: string,
  variables: Readonly<Record<string, unknown>>,
): string {
  return createHash('sha256')
    .update(JSON.stringify([subgraph, query, visibility, variables]))
    .digest('base64url');
}

/**
 * One entity's key within a fetch: the whole representation, since its `@requires` fields (the timeline's activity
 * feeds) are inputs of the answer as much as its key is.
 */
export function entityKey(fetch: string, representation: unknown): string {
  return createHash('sha256').update(fetch).update(JSON.stringify(representation)).digest('base64url');
}
