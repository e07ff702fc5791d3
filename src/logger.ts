/** Structured log lines (one JSON object per line) on stderr; stdout stays free for CLIs. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export function createLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (level: string, message: string, details?: Record<string, unknown>) =>
    stream.write(JSON.stringify({ time: new Date().toISOString(), level, message, ...details }) + '\n');
  return {
    info: (message, details) => write('info', message, details),
    error: (message, details) => write('error', message, details),
  };
}
