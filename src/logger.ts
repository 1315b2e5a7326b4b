/**
 * Structured logs: one JSON object per line on stderr (stdout stays free for command output,
 * e.g. `claimgraph extract` printing a dossier). LOG_LEVEL picks the threshold.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, extra?: Record<string, unknown>): void;
  info(msg: string, extra?: Record<string, unknown>): void;
  warn(msg: string, extra?: Record<string, unknown>): void;
  error(msg: string, extra?: Record<string, unknown>): void;
  child(bindings: Record<string, unknown>): Logger;
}

export function createLogger(level: LogLevel = 'info', bindings: Record<string, unknown> = {}): Logger {
  const write = (lvl: Exclude<LogLevel, 'silent'>) => (msg: string, extra?: Record<string, unknown>) => {
    if (RANK[lvl] < RANK[level]) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...bindings, ...extra })}\n`);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (more) => createLogger(level, { ...bindings, ...more }),
  };
}

/** The process-wide logger, at the level of LOG_LEVEL (default info). */
export const log = createLogger(parseLevel(process.env.LOG_LEVEL));

function parseLevel(value: string | undefined): LogLevel {
  return value && value in RANK ? (value as LogLevel) : 'info';
}
