import { enumVariable } from '../settings';
import type { VariableSpec } from '../settings';
import { LOG_LEVELS } from './createLogger';

/** LOG_LEVEL, `info` when unset: read by the gateway and every subgraph with their other variables. */
export function logLevelVariable() {
  return {
    schema: enumVariable(LOG_LEVELS, 'info'),
    fix: 'Set LOG_LEVEL to one of them, or unset it for info',
  } satisfies VariableSpec;
}
