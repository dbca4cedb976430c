import { secretVariable } from '../settings';
import type { VariableSpec } from '../settings';
import { DEV_SIGNING_SECRET } from './requestSignature';

/** How long a signing secret must be: 32 characters, 256 bits' worth when random. */
export const MIN_SIGNING_SECRET_LENGTH = 32;

/**
 * SUBGRAPH_SIGNING_SECRET, read by the gateway (which signs) and every subgraph (which checks) with their other
 * variables: one definition, so the two sides can never disagree on what a good secret is. Required in production,
 * where the development default is refused; unset elsewhere means that default.
 */
export function signingSecretVariable(production: boolean) {
  return {
    schema: secretVariable({
      minLength: MIN_SIGNING_SECRET_LENGTH,
      devDefault: DEV_SIGNING_SECRET,
      production,
      requiredInProduction: true,
    }),
    fix: 'Set the same random secret (e.g. `openssl rand -base64 48`) on the gateway and every subgraph',
  } satisfies VariableSpec;
}
