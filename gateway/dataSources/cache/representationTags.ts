import { entityTag } from '../../../platform/changeEvents';
import type { CachePolicy } from './cachePolicy';

/**
 * The tags of the entity an `_entities` representation names (`{ __typename: "Customer", id: "cus_1" }` →
 * `Customer:id=cus_1`), one per key it carries; undefined when it carries none, so its answer cannot be cached.
 */
export function representationTags(policy: CachePolicy, representation: unknown): string[] | undefined {
  if (typeof representation !== 'object' || representation === null) return undefined;
  const fields = representation as Record<string, unknown>;
  const typename = fields['__typename'];
  if (typeof typename !== 'string') return undefined;
  const tags: string[] = [];
  for (const key of policy.keysOf(typename) ?? []) {
    const values: Record<string, string | number> = {};
    for (const field of key) {
      const value = fields[field];
      if (typeof value === 'string' || typeof value === 'number') values[field] = value;
    }
    if (Object.keys(values).length === key.length) tags.push(entityTag(typename, values));
  }
  return tags.length > 0 ? tags : undefined;
}
