import type { MeasurementKind } from '../maturity/maturity.types';
import type { ActionStatus, OperationalObjective, PlanAction } from '../plan/plan.types';
import type { IsoDate, IsoDateTime } from '../shared/dates';
import type { PersonRef } from '../shared/person';
import { err, ok } from '../shared/result';
import { brusselsDay, parseInstant, requireInstant } from './brussels-time';
import { formatDay, parseDay } from './calendar-day';
import type { Day } from './calendar-day';
import { currentSlotIndex, resolveMeasurementSlots } from './due-measurements';
import type { MeasurementFacts, ResolvedSlot } from './due-measurements';
import type { EntitySettings } from './entity-settings.types';
import { phaseOn } from './pdca-phase';
import type { SchedulePhase } from './pdca-phase';
import { periodKeyAt } from './period-key';
import type { PeriodKey } from './period-key';
import type { PlanPeriod } from './plan-period';
import type { ScheduleResult } from './schedule.errors';
import { compareText } from './text-order';

/**
 * At most this many items per list on a card; the rest is counted ("and 4 more"). Three lists of
 * ten items with owners stay well inside the 24 KB we allow an Adaptive Card (Teams refuses
 * 28 KB), even side by side in two languages, and a longer card is not read anyway.
 */
export const REMINDER_LIST_CAP = 10;
/** Actions due within this many days from today (inclusive) are "upcoming". */
export const UPCOMING_HORIZON_DAYS = 30;

const ACTION_STATUSES_TO_REMIND: readonly ActionStatus[] = ['planned', 'in-progress', 'postponed'];

/** What the reminder needs of an operational objective. */
export type ReminderObjectiveFacts = Pick<
  OperationalObjective,
  'id' | 'title' | 'indicator' | 'owner' | 'indicatorUpdatedOn' | 'updatedAt'
>;

/** What the reminder needs of an action. */
export type ReminderActionFacts = Pick<
  PlanAction,
  'id' | 'objectiveId' | 'title' | 'owner' | 'dueDate' | 'status' | 'updatedAt'
>;

export type ReminderContentInput = {
  readonly settings: Pick<
    EntitySettings,
    'entityId' | 'skipRecentlyUpdatedDays' | 'indicatorStaleAfterDays'
  >;
  /** The plan's period (`plan.identification`). */
  readonly period: PlanPeriod;
  readonly objectives: readonly ReminderObjectiveFacts[];
  readonly actions: readonly ReminderActionFacts[];
  readonly measurements: readonly MeasurementFacts[];
  /** The instant the job runs, ISO 8601 with an offset. */
  readonly now: IsoDateTime;
};

/** The first items of a list, and how many more there are. */
export type CappedList<T> = { readonly items: readonly T[]; readonly more: number };

export type ReminderAction = {
  readonly id: string;
  readonly objectiveId: string;
  readonly title: string;
  readonly owner: PersonRef | null;
  readonly dueDate: IsoDate;
  readonly status: ActionStatus;
  /** Calendar days from today to the due date: negative when overdue. */
  readonly dueInDays: number;
};

export type ReminderObjective = {
  readonly id: string;
  readonly title: string;
  readonly indicator: string;
  readonly owner: PersonRef | null;
  readonly indicatorUpdatedOn: IsoDate | null;
  /** Calendar days since the indicator was updated; null if it never was. */
  readonly daysSinceUpdate: number | null;
};

export type ReminderMeasurement = {
  readonly kind: MeasurementKind;
  readonly sequence: number;
  readonly opensOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly state: 'due' | 'overdue' | 'upcoming';
};

/** The content of one monthly PDCA reminder card, or nothing worth a card. */
export type ReminderContent =
  | { readonly kind: 'nothing-to-say' }
  | {
      readonly kind: 'reminder';
      readonly entityId: string;
      readonly period: PeriodKey;
      /** Today in Brussels: what "overdue" and "days" are counted from. */
      readonly today: IsoDate;
      readonly phase: SchedulePhase;
      readonly overdueActions: CappedList<ReminderAction>;
      readonly upcomingActions: CappedList<ReminderAction>;
      readonly staleObjectives: CappedList<ReminderObjective>;
      readonly measurement: ReminderMeasurement | null;
    };

function cap<T>(items: readonly T[]): CappedList<T> {
  return {
    items: items.slice(0, REMINDER_LIST_CAP),
    more: Math.max(0, items.length - REMINDER_LIST_CAP),
  };
}

function checkDayCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

type RecentCheck = (
  updatedAt: IsoDateTime | undefined,
  field: string,
  id: string,
) => ScheduleResult<boolean>;

function recentCheck(today: Day, skipDays: number): RecentCheck {
  return (updatedAt, field, id) => {
    if (updatedAt === undefined) return ok(false);
    const instant = parseInstant(updatedAt);
    if (instant === null) return err('SCHEDULE.INVALID_DATE', { field, value: updatedAt, id });
    // Today and the `skipDays - 1` days before it; an update dated after today counts as recent.
    return ok(skipDays > 0 && today - brusselsDay(instant) < skipDays);
  };
}

type ActionLists = { readonly overdue: ReminderAction[]; readonly upcoming: ReminderAction[] };

function actionLists(
  actions: readonly ReminderActionFacts[],
  today: Day,
  isRecent: RecentCheck,
): ScheduleResult<ActionLists> {
  const lists: ActionLists = { overdue: [], upcoming: [] };
  for (const action of actions) {
    if (action.dueDate === null || !ACTION_STATUSES_TO_REMIND.includes(action.status)) continue;
    const due = parseDay(action.dueDate);
    if (due === null) {
      return err('SCHEDULE.INVALID_DATE', {
        field: 'action.dueDate',
        value: action.dueDate,
        id: action.id,
      });
    }
    const recent = isRecent(action.updatedAt, 'action.updatedAt', action.id);
    if (!recent.ok) return recent;
    const dueInDays = due - today;
    if (recent.value || dueInDays > UPCOMING_HORIZON_DAYS) continue;
    const item: ReminderAction = {
      id: action.id,
      objectiveId: action.objectiveId,
      title: action.title,
      owner: action.owner,
      dueDate: action.dueDate,
      status: action.status,
      dueInDays,
    };
    (dueInDays < 0 ? lists.overdue : lists.upcoming).push(item);
  }
  const byDueDate = (a: ReminderAction, b: ReminderAction) =>
    a.dueInDays - b.dueInDays || compareText(a.title, b.title) || compareText(a.id, b.id);
  lists.overdue.sort(byDueDate);
  lists.upcoming.sort(byDueDate);
  return ok(lists);
}

function staleObjectives(
  objectives: readonly ReminderObjectiveFacts[],
  today: Day,
  staleAfterDays: number,
  isRecent: RecentCheck,
): ScheduleResult<ReminderObjective[]> {
  const stale: ReminderObjective[] = [];
  for (const objective of objectives) {
    const { indicatorUpdatedOn } = objective;
    const updated = indicatorUpdatedOn === null ? null : parseDay(indicatorUpdatedOn);
    if (indicatorUpdatedOn !== null && updated === null) {
      return err('SCHEDULE.INVALID_DATE', {
        field: 'objective.indicatorUpdatedOn',
        value: indicatorUpdatedOn,
        id: objective.id,
      });
    }
    const recent = isRecent(objective.updatedAt, 'objective.updatedAt', objective.id);
    if (!recent.ok) return recent;
    const daysSinceUpdate = updated === null ? null : today - updated;
    if (recent.value || (daysSinceUpdate !== null && daysSinceUpdate <= staleAfterDays)) continue;
    stale.push({
      id: objective.id,
      title: objective.title,
      indicator: objective.indicator,
      owner: objective.owner,
      indicatorUpdatedOn,
      daysSinceUpdate,
    });
  }
  // Never updated first, then the longest unchanged.
  const age = (o: ReminderObjective) => o.daysSinceUpdate ?? Number.MAX_SAFE_INTEGER;
  stale.sort((a, b) => age(b) - age(a) || compareText(a.title, b.title) || compareText(a.id, b.id));
  return ok(stale);
}

function toReminderMeasurement(
  slot: ResolvedSlot,
  state: ReminderMeasurement['state'],
): ReminderMeasurement {
  return {
    kind: slot.kind,
    sequence: slot.sequence,
    opensOn: formatDay(slot.opensOn),
    dueOn: formatDay(slot.dueOn),
    state,
  };
}

/**
 * The measurement to mention: the current one (see `currentSlotIndex`) while it is not locked,
 * as due or overdue; otherwise the next one if its window opens within the upcoming horizon. Older
 * missed measurements are not repeated: the current one has taken their place.
 */
function measurementToMention(
  slots: readonly ResolvedSlot[],
  today: Day,
): ReminderMeasurement | null {
  const index = currentSlotIndex(slots, today);
  const current = slots[index];
  if (current !== undefined && current.lockedOn === null) {
    return toReminderMeasurement(current, today <= current.dueOn ? 'due' : 'overdue');
  }
  const next = slots[index + 1];
  if (next !== undefined && next.opensOn - today <= UPCOMING_HORIZON_DAYS) {
    return toReminderMeasurement(next, 'upcoming');
  }
  return null;
}

/**
 * The content of the monthly PDCA reminder for an entity at `now` (today = the Brussels day of
 * `now`; the month is the Brussels month of `now`):
 * - the PDCA phase today, from the plan period and the measurements (see `pdcaPhase`);
 * - overdue actions: a due date before today and status planned, in progress or postponed;
 * - upcoming actions: due today or within the next 30 days, same statuses;
 *   both sorted by due date (then title, then id), with their owners;
 * - objectives whose indicator is stale: never updated, or last updated more than
 *   `indicatorStaleAfterDays` days ago; never-updated first, then the oldest;
 * - the measurement due (see `measurementToMention` above), or null.
 *
 * Actions and objectives whose `updatedAt` falls on today or the `skipRecentlyUpdatedDays - 1`
 * days before it (Brussels days) are left out: someone is on it (0 turns this off). Measurements
 * are always mentioned. Each list keeps at most {@link REMINDER_LIST_CAP} items and counts the
 * rest in `more`. With no actions, objectives or measurement to mention the result is
 * `{ kind: 'nothing-to-say' }`: no card is posted.
 *
 * `now` is a fault (throws) when not an ISO 8601 instant with offset. Fails with
 * `SCHEDULE.INVALID_SKIP_RECENT_DAYS`, `SCHEDULE.INVALID_STALE_AFTER_DAYS`, or like
 * `dueMeasurements` and with `SCHEDULE.INVALID_DATE` for a malformed date of an action or
 * objective (details: field, value, id).
 */
export function reminderContent(input: ReminderContentInput): ScheduleResult<ReminderContent> {
  const { settings } = input;
  const now = requireInstant(input.now, 'now');
  if (!checkDayCount(settings.skipRecentlyUpdatedDays)) {
    return err('SCHEDULE.INVALID_SKIP_RECENT_DAYS', { value: settings.skipRecentlyUpdatedDays });
  }
  if (!checkDayCount(settings.indicatorStaleAfterDays)) {
    return err('SCHEDULE.INVALID_STALE_AFTER_DAYS', { value: settings.indicatorStaleAfterDays });
  }
  const today = brusselsDay(now);
  const resolved = resolveMeasurementSlots(input.period, input.measurements, today);
  if (!resolved.ok) return resolved;
  const isRecent = recentCheck(today, settings.skipRecentlyUpdatedDays);
  const actions = actionLists(input.actions, today, isRecent);
  if (!actions.ok) return actions;
  const stale = staleObjectives(
    input.objectives,
    today,
    settings.indicatorStaleAfterDays,
    isRecent,
  );
  if (!stale.ok) return stale;
  const { slots, period } = resolved.value;
  const measurement = measurementToMention(slots, today);
  const { overdue, upcoming } = actions.value;
  if (overdue.length + upcoming.length + stale.value.length === 0 && measurement === null) {
    return ok({ kind: 'nothing-to-say' });
  }
  return ok({
    kind: 'reminder',
    entityId: settings.entityId,
    period: periodKeyAt(input.now),
    today: formatDay(today),
    phase: phaseOn(period, slots, today),
    overdueActions: cap(overdue),
    upcomingActions: cap(upcoming),
    staleObjectives: cap(stale.value),
    measurement,
  });
}
