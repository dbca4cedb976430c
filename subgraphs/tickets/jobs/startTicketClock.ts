import type { Logger } from 'pino';
import type { Db } from '../../shared';
import type { Announcer } from '../../../platform/changeEvents';
import { refreshQueue } from './refreshQueue';
import { scanSlaDeadlines } from './scanSlaDeadlines';
import type { SlaScanOptions } from './scanSlaDeadlines';

export interface TicketClockOptions extends SlaScanOptions {
  db: Db;
  announce: Announcer['announce'];
  /** Milliseconds between the end of one tick and the start of the next. */
  intervalMs: number;
  /** The clock's time; tests move it by hand. */
  now?: () => Date;
  log?: Pick<Logger, 'error'>;
}

export interface TicketClock {
  /** Runs one tick now (both scans), after the one running, if any; resolves when it is done. For tests. */
  tick(): Promise<void>;
  /** Stops the timer and waits for a running tick, so the database can close after it. */
  stop(): Promise<void>;
}

/**
 * Every `intervalMs`, fires the SLA alerts due (scanSlaDeadlines) and announces the team queues' changes
 * (refreshQueue over every ticket). Ticks never overlap: the next is scheduled when one ends. A failed scan is
 * logged and the clock goes on (a claim that failed rolled back, so the next tick retries it). The timer is unref'd:
 * the clock never keeps a process alive on its own.
 */
export function startTicketClock({
  db,
  announce,
  intervalMs,
  now = () => new Date(),
  log,
  ...scan
}: TicketClockOptions): TicketClock {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const runScans = async () => {
    try {
      await scanSlaDeadlines(db, now(), announce, scan);
    } catch (error) {
      log?.error({ err: error }, 'tickets clock: the SLA scan failed; the next tick retries it');
    }
    try {
      await refreshQueue(db, now(), 'all', announce);
    } catch (error) {
      log?.error({ err: error }, 'tickets clock: the team queue refresh failed; the next tick retries it');
    }
  };

  const tick = (): Promise<void> => {
    running = running.then(runScans);
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      void tick().then(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    tick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
