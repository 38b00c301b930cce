import type { ILogger, ILoggerOptions, LogLevel } from '@microsoft/teams.common';

/** Where the bot's log lines go: the job's console or the Functions host's context. */
export type BotLog = {
  readonly info: (line: string) => void;
  readonly warn: (line: string) => void;
  readonly error: (line: string) => void;
};

const BEARER = /Bearer\s+[A-Za-z0-9._~+/=-]+/gi;
const JWT = /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/**
 * One log argument as text that cannot carry a secret. The SDK logs whole objects (an activity, an
 * axios error whose `config.headers` holds the bot's token), so objects are reduced to what helps:
 * an error's name, message and HTTP status; anything else to its type. Strings lose bearer tokens
 * and anything shaped like a JWT.
 */
export function redact(value: unknown): string {
  if (typeof value === 'string')
    return value.replace(BEARER, 'Bearer [redacted]').replace(JWT, '[jwt]');
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value === null ||
    value === undefined
  ) {
    return String(value);
  }
  if (value instanceof Error) {
    const status = (value as { response?: { status?: unknown } }).response?.status;
    const suffix = typeof status === 'number' ? ` (HTTP ${status})` : '';
    return redact(`${value.name}: ${value.message}${suffix}`);
  }
  return `[${Array.isArray(value) ? 'array' : typeof value}]`;
}

const ORDER: readonly LogLevel[] = ['error', 'warn', 'info', 'debug', 'trace'];

/**
 * The Teams SDK's logger interface over a `BotLog`, at `warn` unless told otherwise (the SDK logs
 * every activity at debug), with every argument redacted.
 */
export function createSafeLogger(log: BotLog, name = 'bot', level: LogLevel = 'warn'): ILogger {
  const enabled = (at: LogLevel): boolean => ORDER.indexOf(at) <= ORDER.indexOf(level);
  const write = (at: LogLevel, msg: readonly unknown[]): void => {
    if (!enabled(at)) return;
    const line = `[${name}] ${msg.map(redact).join(' ')}`;
    if (at === 'error') log.error(line);
    else if (at === 'warn') log.warn(line);
    else log.info(line);
  };
  const loggerOptions: ILoggerOptions = { level };
  return {
    loggerOptions,
    debug: (...msg: unknown[]) => {
      write('debug', msg);
    },
    info: (...msg: unknown[]) => {
      write('info', msg);
    },
    warn: (...msg: unknown[]) => {
      write('warn', msg);
    },
    error: (...msg: unknown[]) => {
      write('error', msg);
    },
    trace: (...msg: unknown[]) => {
      write('trace', msg);
    },
    log: (at: LogLevel, ...msg: unknown[]) => {
      write(at, msg);
    },
    child: (child: string) => createSafeLogger(log, `${name}/${child}`, level),
  };
}
