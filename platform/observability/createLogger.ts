import pino from 'pino';
import type { DestinationStream, LevelWithSilent, Logger } from 'pino';

export type LogLevel = LevelWithSilent;
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface LoggerOptions {
  /** `info` by default; `silent` turns logging off (tests). */
  level?: LogLevel;
  /** Fields on every line, e.g. `{ service: 'crm' }`. */
  base?: Record<string, string>;
  /** Where the JSON lines go; standard output by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

/**
 * A pino logger writing one JSON object per line (for a log shipper, not for eyes: pipe it through `pino-pretty` if
 * you want colours). Bearer tokens and cookies are censored wherever a caller logs headers by mistake.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  // a silent logger never writes: opening standard output for it would leave an async stream (and its flush timer)
  // behind for nothing, e.g. in a module that builds one on import
  const output = options.destination ? undefined : level === 'silent' ? undefined : bufferedStdout();
  const settings = {
    level,
    base: options.base ?? {},
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['authorization', '*.authorization', '*.headers.authorization', 'cookie', '*.cookie', '*.headers.cookie'],
      censor: '[redacted]',
    },
    ...(output ? { hooks: { streamWrite: output.written } } : {}),
  };
  return pino(settings, options.destination ?? output?.stream ?? NOWHERE);
}

/** Where a silent logger's lines would go, if it ever had any. */
const NOWHERE: DestinationStream = { write: () => undefined };

/** How long a line may wait in the buffer when fewer than 4 KB of them have come. */
const FLUSH_EVERY_MS = 250;

/**
 * Standard output, written asynchronously in chunks of 4 KB: pino's default writes each line with its own blocking
 * write(2), 3-4 % of the gateway's CPU per request under load (bench/PROFILE.md). The first line `written` (pino's
 * streamWrite hook tells it) after a flush schedules the next one, 250 ms later, so a quiet service's lines still
 * reach the log shipper promptly; pino flushes on exit. No timer runs while nothing is logged: an interval woke the
 * process four times a second, and sonic-boom's flush of an empty buffer still writes, an empty string.
 */
function bufferedStdout(): { stream: DestinationStream; written: (line: string) => string } {
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  let scheduled: NodeJS.Timeout | undefined;
  const flush = () => {
    scheduled = undefined;
    try {
      stdout.flush();
    } catch {
      // destroyed: the process is exiting, and pino has flushed what was left
    }
  };
  return {
    stream: stdout,
    written: (line) => {
      scheduled ??= setTimeout(flush, FLUSH_EVERY_MS).unref();
      return line;
    },
  };
}
