import type { MiddlewareHandler } from 'hono';

/** One structured log line: JSON, one object a line, on stdout. */
export type LogEntry = { level: 'info' | 'warn' | 'error'; msg: string } & Record<
  string,
  string | number | boolean | undefined
>;

export type Logger = (entry: LogEntry) => void;

export const jsonLogger: Logger = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

export const silentLogger: Logger = () => {};

/**
 * Logs method, path, status and duration of every request. Deliberately not logged: the query
 * string (search terms may name people), client addresses, headers and bodies.
 */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    log({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      method: c.req.method,
      // A status link's token is a secret: the log keeps its place, not its value.
      path: c.req.path.replace(/\/submissions\/status\/[^/]+/, '/submissions/status/…'),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
  };
}
