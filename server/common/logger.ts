/** A minimal leveled logger; the server prints to stderr, tests pass `silentLogger`. */
export interface Logger {
  info(message: string): void;
  error(message: string, err?: unknown): void;
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };

export function consoleLogger(level: 'silent' | 'error' | 'info' | 'debug'): Logger {
  return {
    info: (message) => {
      if (level === 'info' || level === 'debug') console.log(message);
    },
    error: (message, err) => {
      if (level !== 'silent') console.error(message, err instanceof Error ? err.message : (err ?? ''));
    },
  };
}
