import { app, type InvocationContext, type Timer } from '@azure/functions';
import type { ReminderRuntime } from '../composition/reminder-runtime';
import { sharedTenantRuntime } from '../composition/tenant-runtime';
import { formatReports, summarise } from '../report-format';
import { invocationLog } from './functions-log';

/**
 * The monthly job's timer: every hour at minute 5, because each entity has its own day and hour
 * (Brussels time) and `reminderDue` decides per entity whether its slot has come. NCRONTAB has six
 * fields, seconds first (learn.microsoft.com, functions-bindings-timer); the schedule runs in UTC,
 * which does not matter here since the core works in instants and Brussels wall time.
 */
export const MONTHLY_REMINDERS_SCHEDULE = '0 5 * * * *';

/**
 * One pass over every configured site, awaited to the end. Cards that need a person are logged as
 * warnings; faults (exceptions in an entity) fail the invocation so they show as failures in
 * Application Insights, after every other entity was handled.
 */
export function monthlyRemindersHandler(
  runtime: (context: InvocationContext) => Promise<ReminderRuntime>,
): (timer: Timer, context: InvocationContext) => Promise<void> {
  return async (timer, context) => {
    if (timer.isPastDue) context.warn('monthlyReminders: the timer is late; running now');
    const reports = await (await runtime(context)).runOnce(new Date());
    const summary = summarise(reports);
    for (const line of formatReports(reports)) {
      if (line.includes('ATTENTION') || line.includes('FAULT')) context.warn(line);
      else context.log(line);
    }
    if (summary.faults > 0) {
      throw new Error(
        `monthlyReminders: ${summary.faults} entities failed with an exception (see the log)`,
      );
    }
  };
}

app.timer('monthlyReminders', {
  schedule: MONTHLY_REMINDERS_SCHEDULE,
  handler: monthlyRemindersHandler((context) => sharedTenantRuntime(invocationLog(context))),
});
