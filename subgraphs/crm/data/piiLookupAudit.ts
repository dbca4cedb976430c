import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Queryable } from '../../shared';
import type { Caller } from '../../../platform/caller';

export type PiiLookup = 'EMAIL' | 'PHONE';
export type PiiLookupOutcome = 'HIT' | 'MISS' | 'REFUSED';

export interface PiiLookupRecord {
  caller: Caller | undefined;
  requestId: string | undefined;
  lookup: PiiLookup;
  /** The value searched for, normalised (lower-cased e-mail, E.164 phone); only its digest is kept. */
  value: string;
  outcome: PiiLookupOutcome;
  customerId: string | null;
}

/**
 * SHA-256 of the normalised value, in its own domain. Correlates repeated searches for one value; it is not a
 * secret (an address can be guessed and hashed), which is why the table is for auditors, never for callers.
 */
export function lookupDigest(lookup: PiiLookup, value: string): string {
  return createHash('sha256').update(`c360-pii-lookup-v1:${lookup}:${value}`).digest('hex');
}

/**
 * Writes one audit row per PII lookup (crm.pii_lookup_audit) and a log line without the value. The row is written
 * before the answer leaves: a lookup that cannot be audited fails rather than going unrecorded.
 */
export function piiLookupAudit(db: Queryable, log: () => Logger) {
  return {
    async record(entry: PiiLookupRecord): Promise<void> {
      const digest = lookupDigest(entry.lookup, entry.value);
      const userId = entry.caller?.userId ?? 'unknown';
      const role = entry.caller?.role ?? 'unknown';
      await db.query(
        `INSERT INTO crm.pii_lookup_audit (user_id, role, lookup, outcome, customer_id, value_digest, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [userId, role, entry.lookup, entry.outcome, entry.customerId, digest, entry.requestId ?? null],
      );
      log().info(
        {
          audit: 'pii_lookup',
          userId,
          role,
          lookup: entry.lookup,
          outcome: entry.outcome,
          customerId: entry.customerId,
          valueDigest: digest,
        },
        'PII lookup',
      );
    },
  };
}

export type PiiLookupAudit = ReturnType<typeof piiLookupAudit>;
