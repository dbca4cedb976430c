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
  const settings = {
    level: options.level ?? 'info',
    base: options.base ?? {},
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['authorization', '*.authorization', '*.headers.authorization', 'cookie', '*.cookie', '*.headers.cookie'],
      censor: '[redacted]',
    },
  };
  // a silent logger never writes: opening standard output for it would leave an async stream (and its flush timer)
  // behind for nothing, e.g. in a module that builds one on import
  return pino(settings, options.destination ?? (settings.level === 'silent' ? NOWHERE : bufferedStdout()));
}

/** Where a silent logger's lines would go, if it ever had any. */
const NOWHERE: DestinationStream = { write: () => undefined };

/** How long a line may wait in the buffer when fewer than 4 KB of them have come. */
const FLUSH_EVERY_MS = 250;

/**
 * Standard output, written asynchronously in chunks of 4 KB: pino's default writes each line with its own blocking
 * write(2), 3-4 % of the gateway's CPU per request under load (bench/PROFILE.md). A timer flushes whatever waits at
 * least every 250 ms, so a quiet service's lines still reach the log shipper promptly; pino flushes on exit.
 */
function bufferedStdout(): DestinationStream {
  const stdout = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const timer = setInterval(() => {
    try {
      stdout.flush();
    } catch {
      // destroyed: the process is exiting, and pino has flushed what was left
      clearInterval(timer);
    }
  }, FLUSH_EVERY_MS).unref();
  return stdout;
}
