import { ErrorCode, UserInputError } from '../../shared';
import { hasScope } from '../../../platform/caller';
import type { Caller } from '../../../platform/caller';

/**
 * Who writes a note: the verified caller, who must hold `tickets:write` (agents and supervisors; analysts do not).
 * The gateway refuses others first (@authorize); this holds for a request that reaches crm without the gateway. A
 * note records its author, so a request that names nobody (AUTH_MODE=off) cannot write one either.
 */
export function noteAuthor(caller: Caller | undefined): string {
  if (!caller) {
    throw new UserInputError(
      ErrorCode.FORBIDDEN,
      'addCustomerNote records who wrote the note, and this request names nobody. Send it through the gateway with a bearer token of an agent or supervisor.',
    );
  }
  if (!hasScope(caller, 'tickets:write')) {
    throw new UserInputError(
      ErrorCode.FORBIDDEN,
      `addCustomerNote needs the scope tickets:write, which your token (role ${caller.role}) does not grant. Agents and supervisors hold it; ask one of them to write the note.`,
    );
  }
  return caller.userId;
}
