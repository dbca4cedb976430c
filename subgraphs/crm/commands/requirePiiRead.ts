import { ErrorCode, UserInputError } from '../../shared';
import { hasScope } from '../../../platform/caller';
import type { Caller } from '../../../platform/caller';

/**
 * Finding a customer by e-mail or phone tells the caller whose the value is, which is exactly what masking hides:
 * only callers with `pii:read` may. The gateway refuses such operations first (@authorize); this holds for a
 * request that reaches crm without the gateway, or through a gateway that lost the directive.
 */
export function requirePiiRead(caller: Caller | undefined, field: string): void {
  if (hasScope(caller, 'pii:read')) return;
  throw new UserInputError(
    ErrorCode.FORBIDDEN,
    `${field} needs the scope pii:read, which your token does not grant: looking a customer up by e-mail or phone reveals whose it is. Search by customer id, order or ticket number instead, or ask for a token with pii:read.`,
  );
}
