import type { Queryable } from '../../shared';

/** A stored idempotency key: which request it answered, and with which ticket. */
export interface IdempotencyKeyRow<Command extends string = string> {
  requestHash: string;
  ticketId: string;
  command: Command;
}

/**
 * Holds (caller, key) until the transaction ends, so concurrent requests with one key queue behind each other
 * instead of racing for the primary key. A newline cannot be part of a key (the command checks), so caller and key
 * cannot run into each other.
 */
export async function lockIdempotencyKey(tx: Queryable, caller: string, key: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${caller}\n${key}`]);
}

export async function findIdempotencyKey<Command extends string>(
  tx: Queryable,
  caller: string,
  key: string,
): Promise<IdempotencyKeyRow<Command> | undefined> {
  const [existing] = await tx.query<IdempotencyKeyRow<Command>>(
    `SELECT request_hash AS "requestHash", ticket_id AS "ticketId", command
       FROM tickets.idempotency_keys WHERE caller = $1 AND key = $2`,
    [caller, key],
  );
  return existing;
}

export interface NewIdempotencyKey {
  caller: string;
  key: string;
  command: string;
  requestHash: string;
  ticketId: string;
  createdAt: Date;
}

/** Stores the key with the change it made, in the change's transaction. */
export async function storeIdempotencyKey(tx: Queryable, row: NewIdempotencyKey): Promise<void> {
  // the lock makes a conflict impossible; DO NOTHING keeps a hashtext collision of two keys harmless anyway
  await tx.query(
    `INSERT INTO tickets.idempotency_keys (caller, key, command, request_hash, ticket_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (caller, key) DO NOTHING`,
    [row.caller, row.key, row.command, row.requestHash, row.ticketId, row.createdAt],
  );
}
