// The tickets subgraph's scheduled work: the clock that fires SLA alerts and announces team-queue changes.
export { readTicketClockVariables, DEFAULT_SLA_SCAN_INTERVAL_MS } from './clockVariables';
export type { TicketClockSettings } from './clockVariables';
export { QUEUE_WINDOWS } from './queueWindows';
export { queueChanges, refreshQueue } from './refreshQueue';
export { DEFAULT_SLA_LOOKBACK_MINUTES, scanSlaDeadlines, slaDeadlineChange } from './scanSlaDeadlines';
export type { SlaScanOptions } from './scanSlaDeadlines';
export { startTicketClock } from './startTicketClock';
export type { TicketClock, TicketClockOptions } from './startTicketClock';
