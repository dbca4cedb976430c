import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../shared';
import type { CrmContext } from '../context';
import type { CustomerRow } from '../data/rows';
import type { PiiLookup } from '../data/piiLookupAudit';
import { requirePiiRead } from './requirePiiRead';

const FIELDS: Record<PiiLookup, string> = { EMAIL: 'Query.customerByEmail', PHONE: 'Query.customerByPhone' };

function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions['code'] === ErrorCode.NOT_FOUND;
}

/**
 * Runs a lookup by a personal value for a caller with `pii:read`, and records it: a hit with the customer found,
 * a miss, or a refusal (a caller without the scope gets FORBIDDEN and nothing is read). `value` is the normalised
 * value the lookup uses; only its digest is written.
 */
export async function auditedLookup(
  context: CrmContext,
  lookup: PiiLookup,
  value: string,
  load: () => Promise<CustomerRow>,
): Promise<CustomerRow> {
  const entry = { caller: context.caller, requestId: context.requestId, lookup, value };
  try {
    requirePiiRead(context.caller, FIELDS[lookup]);
  } catch (refusal) {
    await context.audit.record({ ...entry, outcome: 'REFUSED', customerId: null });
    throw refusal;
  }
  let customer: CustomerRow;
  try {
    customer = await load();
  } catch (error) {
    if (isNotFound(error)) await context.audit.record({ ...entry, outcome: 'MISS', customerId: null });
    throw error;
  }
  await context.audit.record({ ...entry, outcome: 'HIT', customerId: customer.id });
  return customer;
}
