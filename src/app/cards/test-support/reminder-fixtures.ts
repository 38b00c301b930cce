import type { MeasurementFacts } from '../../../core/schedule/due-measurements';
import type { PlanPeriod } from '../../../core/schedule/plan-period';
import { reminderContent } from '../../../core/schedule/reminder-content';
import type {
  ReminderActionFacts,
  ReminderContent,
  ReminderContentInput,
  ReminderObjectiveFacts,
} from '../../../core/schedule/reminder-content';

/*
 * Reminder content as the core computes it, so the cards are tested on what the job will really
 * give them: a five-year plan from 2027, the baseline done, 5 June 2027 in Brussels.
 */

export const PERIOD: PlanPeriod = { periodStart: '2027-01-01', periodEnd: '2031-12-31' };
export const NOW = '2027-06-05T07:00:00Z';
export const TAB_DEEP_LINK =
  'https://teams.microsoft.com/l/entity/00000000-0000-0000-0000-000000000001/integrity-plan?context=%7B%22channelId%22%3A%2219%3Aabc%40thread.tacv2%22%7D';
export const ENTITY_NAME = 'PZ Demo-Zone';

const BASELINE_DONE: MeasurementFacts = {
  id: 'm0',
  kind: 'baseline',
  date: '2027-03-01',
  status: 'locked',
  lockedOn: '2027-03-02T10:00:00+01:00',
};

const SETTINGS = { entityId: 'pz-demo', skipRecentlyUpdatedDays: 7, indicatorStaleAfterDays: 90 };

export type Reminder = Extract<ReminderContent, { kind: 'reminder' }>;

export function reminderFor(input: Partial<ReminderContentInput> = {}): ReminderContent {
  const result = reminderContent({
    settings: SETTINGS,
    period: PERIOD,
    objectives: [],
    actions: [],
    measurements: [BASELINE_DONE],
    now: NOW,
    ...input,
  });
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.details)}`);
  return result.value;
}

export function action(
  id: string,
  dueDate: string,
  extra: Partial<ReminderActionFacts> = {},
): ReminderActionFacts {
  return {
    id,
    objectiveId: 'o1',
    title: `Action ${id}`,
    owner: { displayName: `Owner ${id}` },
    dueDate,
    status: 'planned',
    ...extra,
  };
}

export function objective(
  id: string,
  indicatorUpdatedOn: string | null,
  extra: Partial<ReminderObjectiveFacts> = {},
): ReminderObjectiveFacts {
  return {
    id,
    title: `Objective ${id}`,
    indicator: 'complaints about database misuse',
    owner: { displayName: `Officer ${id}` },
    indicatorUpdatedOn,
    ...extra,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Full lists: 15 overdue actions (10 shown, "and 5 more"), 13 upcoming (10 + 3), 12 stale
 * objectives (10 + 2), and the first annual measurement, which is not due yet in June 2027.
 */
export function fullReminder(
  titles: (kind: 'overdue' | 'upcoming' | 'stale', index: number) => string = (kind, index) =>
    `${kind} item ${index}`,
  owner: (index: number) => string | null = (index) => `Inspector ${index}`,
): Reminder {
  const person = (index: number) => {
    const name = owner(index);
    return name === null ? null : { displayName: name };
  };
  const overdue = Array.from({ length: 15 }, (_, i) =>
    action(`late-${i}`, `2027-05-${pad(i + 1)}`, {
      title: titles('overdue', i),
      owner: person(i),
    }),
  );
  const upcoming = Array.from({ length: 13 }, (_, i) =>
    action(`soon-${i}`, `2027-06-${pad(i + 5)}`, {
      title: titles('upcoming', i),
      owner: person(i),
    }),
  );
  const stale = Array.from({ length: 12 }, (_, i) =>
    objective(`obj-${i}`, i % 3 === 0 ? null : `2027-01-${pad(i + 1)}`, {
      title: titles('stale', i),
      owner: person(i),
    }),
  );
  const content = reminderFor({ actions: [...overdue, ...upcoming], objectives: stale });
  if (content.kind !== 'reminder') throw new Error('expected a reminder');
  return content;
}

/** Only a measurement: the baseline is not done and its window is open (February 2027). */
export function measurementOnlyReminder(): Reminder {
  const content = reminderFor({ measurements: [], now: '2027-02-10T08:00:00Z' });
  if (content.kind !== 'reminder') throw new Error('expected a reminder');
  return content;
}
