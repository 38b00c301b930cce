import { parseArgs } from 'node:util';
import { createLocalRuntime } from './composition/local-runtime';
import type { ReminderRuntime } from './composition/reminder-runtime';
import { createTenantRuntime } from './composition/tenant-runtime';
import { formatReports, summarise } from './report-format';

/**
 * `npm run job -- [--date 2027-01-01T09:30:00+01:00] [--emulator http://127.0.0.1:4010]`: one pass
 * of the monthly job, then the report. With `--emulator`, against a running local emulator (its
 * Bot Connector must be registered, as `npm start` does); without, against the tenant from the
 * Function App's settings in the environment. `--date` is the instant the pass decides for
 * (default now). Exits 1 when an entity failed with an exception.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      date: { type: 'string' },
      emulator: { type: 'string' },
    },
    strict: true,
  });
  const at = values.date === undefined ? new Date() : new Date(values.date);
  if (
    Number.isNaN(at.getTime()) ||
    (values.date !== undefined && !/(Z|[+-]\d{2}:\d{2})$/.test(values.date))
  ) {
    throw new Error(`--date ${values.date ?? ''} is not an ISO 8601 instant with an offset`);
  }
  const log = {
    info: (line: string) => {
      console.info(line);
    },
    warn: (line: string) => {
      console.warn(line);
    },
    error: (line: string) => {
      console.error(line);
    },
  };
  let runtime: ReminderRuntime;
  if (values.emulator !== undefined) {
    const url = new URL(values.emulator);
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
      throw new Error('--emulator must be a loopback address');
    }
    runtime = await createLocalRuntime({ emulatorUrl: url.origin, log, now: () => at });
  } else {
    runtime = await createTenantRuntime(process.env, log);
  }
  const reports = await runtime.runOnce(at);
  for (const line of formatReports(reports)) console.info(line);
  if (summarise(reports).faults > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
