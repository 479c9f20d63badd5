import pino, { type Logger } from 'pino';
import pinoPretty from 'pino-pretty';

export type { Logger };

/** Paths whose values never reach a log line. */
const REDACTED = [
  'password',
  '*.password',
  'neo4j.password',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'headers.authorization',
  'token',
  '*.token',
  'jwtSecret',
  '*.jwtSecret',
];

export function createLogger(options: { level: string; format: 'pretty' | 'json' }): Logger {
  const base = { level: options.level, redact: { paths: REDACTED, censor: '[redacted]' } };
  if (options.format === 'pretty') {
    // Synchronous pretty stream: a worker-thread transport would lose the last lines on process.exit.
    return pino(base, pinoPretty({ colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true }));
  }
  return pino(base);
}
