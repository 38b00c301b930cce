import type { InvocationContext } from '@azure/functions';

/** A log that writes to the invocation's log (Application Insights traces). */
export function invocationLog(context: InvocationContext): {
  info: (line: string) => void;
  warn: (line: string) => void;
  error: (line: string) => void;
} {
  return {
    info: (line) => {
      context.log(line);
    },
    warn: (line) => {
      context.warn(line);
    },
    error: (line) => {
      context.error(line);
    },
  };
}
