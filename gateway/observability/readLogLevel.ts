import { LOG_LEVELS, parseLogLevel } from '../../platform/observability';
import type { LogLevel } from '../../platform/observability';
import type { Env, EnvIssue } from '../../platform/settings/env';

/** LOG_LEVEL (`info` when unset), or an issue for the start-up report, like the gateway's other variables. */
export function readLogLevel(env: Env): { level: LogLevel; issues: EnvIssue[] } {
  const value = env['LOG_LEVEL'];
  try {
    return { level: parseLogLevel(value), issues: [] };
  } catch {
    return {
      level: 'info',
      issues: [
        {
          variable: 'LOG_LEVEL',
          value,
          problem: `must be one of ${LOG_LEVELS.join(', ')}`,
          fix: 'Set LOG_LEVEL to one of them, or unset it for info',
        },
      ],
    };
  }
}
