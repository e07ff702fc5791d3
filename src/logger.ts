import pino, { DestinationStream, Logger as PinoLogger } from 'pino';
import { currentRequestScope } from './http/request-scope';

/**
 * Structured log lines: one JSON object per line, on stderr (stdout stays free for CLIs). Inside
 * a request every line carries its `requestId`.
 */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
  /** The pino logger behind this one, when there is one: the HTTP request log writes through it. */
  readonly pino?: PinoLogger;
}

export interface LoggerOptions {
  /** pino level: fatal, error, warn, info, debug, trace or silent (default info). */
  level?: string;
  /** Where lines go (default: stderr, written synchronously so the last lines before exit are kept). */
  stream?: DestinationStream;
}

/** The level names LOG_LEVEL accepts. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A JSON-lines logger (pino): `time` in ISO 8601, `level` as a word, `message`, then the details. */
export function createLogger(options: LoggerOptions = {}): Logger & { pino: PinoLogger } {
  const base = pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Nothing logs headers; should a detail ever carry them, the token is still not written.
      redact: { paths: ['authorization', 'headers.authorization', '*.headers.authorization', 'token'], censor: '[redacted]' },
      mixin: () => {
        const scope = currentRequestScope();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    options.stream ?? pino.destination({ dest: 2, sync: true }),
  );
  return {
    pino: base,
    info: (message, details) => base.info(details ?? {}, message),
    error: (message, details) => base.error(details ?? {}, message),
  };
}
