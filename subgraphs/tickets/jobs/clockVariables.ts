import { integerVariable, readVariables } from '../../../platform/settings';
import type { Env, EnvIssue } from '../../../platform/settings';

/** What the tickets clock reads from its environment. */
export interface TicketClockSettings {
  /** How often the SLA and queue scans run, in milliseconds. */
  scanIntervalMs: number;
}

export const DEFAULT_SLA_SCAN_INTERVAL_MS = 15_000;

/** Reads SLA_SCAN_INTERVAL_MS (default 15000, at least 100), returning every problem rather than throwing. */
export function readTicketClockVariables(env: Env): { settings: TicketClockSettings; issues: EnvIssue[] } {
  const { values, issues } = readVariables(env, {
    SLA_SCAN_INTERVAL_MS: {
      schema: integerVariable(DEFAULT_SLA_SCAN_INTERVAL_MS, { min: 100, max: 3_600_000 }),
      fix: `Set SLA_SCAN_INTERVAL_MS to how often the tickets subgraph checks SLA deadlines and team queues, in milliseconds from 100 to 3600000, or unset it for ${DEFAULT_SLA_SCAN_INTERVAL_MS}`,
    },
  });
  return { settings: { scanIntervalMs: values.SLA_SCAN_INTERVAL_MS }, issues };
}
