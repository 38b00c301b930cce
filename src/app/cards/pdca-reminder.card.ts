import { Template } from 'adaptivecards-templating';
import type {
  CappedList,
  ReminderAction,
  ReminderContent,
  ReminderMeasurement,
  ReminderObjective,
} from '../../core/schedule/reminder-content';
import { UPCOMING_HORIZON_DAYS } from '../../core/schedule/reminder-content';
import { PHASE_LABELS } from '../../core/schedule/phase-labels';
import type { Locale } from '../../core/shared/locale';
import type { PersonRef } from '../../core/shared/person';
import {
  buttonTitle,
  cardSizeBytes,
  CARD_SIZE_BUDGET_BYTES,
  expandCard,
  requireHttpsUrl,
} from './adaptive-card';
import type { CardLocales, CardResult, CardTextItem } from './adaptive-card';
import { CARD_ACTION_IDS, CARD_VERBS } from './card-actions';
import type { SnoozeActionData } from './card-actions';
import { formatCardDate, formatCardMonth, formatLabel } from './card-format';
import { cardText, dataText, NAME_MAX_CHARACTERS } from './card-text';
import { MEASUREMENT_NAME_LABELS } from './cards.labels';
import template from './pdca-reminder.template.json';

export type PdcaReminderCardOptions = {
  readonly locales: CardLocales;
  /** The Teams deep link to the entity's tab (https). */
  readonly tabDeepLink: string;
  readonly entityName: string;
};

export type ReminderListSection = {
  readonly show: boolean;
  readonly heading: string;
  readonly items: readonly CardTextItem[];
  readonly hasMore: boolean;
  readonly more: string;
};

export type ReminderMeasurementSection = {
  readonly show: boolean;
  readonly heading: string;
  readonly text: string;
  readonly color: 'Attention' | 'Default';
};

/** What one language column of the reminder shows. */
export type ReminderColumn = {
  /** A line between the two columns of a bilingual card. */
  readonly separator: boolean;
  readonly heading: string;
  readonly phase: string;
  readonly overdue: ReminderListSection;
  readonly upcoming: ReminderListSection;
  readonly stale: ReminderListSection;
  readonly measurement: ReminderMeasurementSection;
};

/** The data bound to `pdca-reminder.template.json`. */
export type PdcaReminderCardData = {
  readonly entityName: string;
  readonly columns: readonly ReminderColumn[];
  readonly openPlan: { readonly id: string; readonly title: string; readonly url: string };
  readonly snooze: {
    readonly id: string;
    readonly title: string;
    readonly verb: string;
    readonly data: SnoozeActionData;
  };
};

type Reminder = Extract<ReminderContent, { kind: 'reminder' }>;

const reminderTemplate = new Template(template);

/*
 * Items per list on the card, tried in turn until the card fits the size budget. The core already
 * caps each list at ten; titles with many escaped characters in two languages can still push a
 * full card over 24 KB, and then fewer items are shown and the rest counted in "and N more".
 */
const LIST_CAPS = [10, 7, 5, 3, 1, 0] as const;

function ownerName(locale: Locale, owner: PersonRef | null): string {
  const name = owner === null ? '' : dataText(owner.displayName, NAME_MAX_CHARACTERS);
  return name === '' ? formatLabel(locale, 'noOwner') : name;
}

function listSection<T>(
  locale: Locale,
  heading: string,
  list: CappedList<T>,
  cap: number,
  line: (item: T) => string,
): ReminderListSection {
  const shown = list.items.slice(0, cap);
  const more = list.more + list.items.length - shown.length;
  return {
    show: list.items.length + list.more > 0,
    heading: cardText(heading),
    items: shown.map((item) => ({ text: cardText(line(item)) })),
    hasMore: more > 0,
    more: more > 0 ? cardText(formatLabel(locale, 'more', { count: more })) : '',
  };
}

function actionLine(locale: Locale, action: ReminderAction, detail: string): string {
  return formatLabel(locale, 'listItem', {
    title: dataText(action.title),
    owner: ownerName(locale, action.owner),
    detail,
  });
}

function overdueLine(locale: Locale, action: ReminderAction): string {
  const detail = formatLabel(locale, 'overdueDetail', {
    days: -action.dueInDays,
    date: formatCardDate(locale, action.dueDate),
  });
  return actionLine(locale, action, detail);
}

function upcomingLine(locale: Locale, action: ReminderAction): string {
  const detail = formatLabel(locale, 'upcomingDetail', {
    days: action.dueInDays,
    date: formatCardDate(locale, action.dueDate),
  });
  return actionLine(locale, action, detail);
}

function staleLine(locale: Locale, objective: ReminderObjective): string {
  const detail =
    objective.indicatorUpdatedOn === null || objective.daysSinceUpdate === null
      ? formatLabel(locale, 'indicatorNeverUpdated')
      : formatLabel(locale, 'indicatorUpdatedDetail', {
          date: formatCardDate(locale, objective.indicatorUpdatedOn),
          days: objective.daysSinceUpdate,
        });
  return formatLabel(locale, 'listItem', {
    title: dataText(objective.title),
    owner: ownerName(locale, objective.owner),
    detail,
  });
}

function measurementName(locale: Locale, measurement: ReminderMeasurement): string {
  return measurement.kind === 'annual'
    ? formatLabel(locale, 'annualMeasurement', { sequence: measurement.sequence })
    : MEASUREMENT_NAME_LABELS[measurement.kind][locale];
}

function measurementState(locale: Locale, measurement: ReminderMeasurement): string {
  const due = formatCardDate(locale, measurement.dueOn);
  switch (measurement.state) {
    case 'due':
      return formatLabel(locale, 'measurementDue', { due });
    case 'overdue':
      return formatLabel(locale, 'measurementOverdue', { due });
    case 'upcoming':
      return formatLabel(locale, 'measurementUpcoming', {
        opens: formatCardDate(locale, measurement.opensOn),
        due,
      });
  }
}

function measurementSection(
  locale: Locale,
  measurement: ReminderMeasurement | null,
): ReminderMeasurementSection {
  if (measurement === null) {
    return { show: false, heading: '', text: '', color: 'Default' };
  }
  return {
    show: true,
    heading: cardText(formatLabel(locale, 'measurementHeading')),
    text: cardText(
      formatLabel(locale, 'measurementLine', {
        measurement: measurementName(locale, measurement),
        state: measurementState(locale, measurement),
      }),
    ),
    color: measurement.state === 'overdue' ? 'Attention' : 'Default',
  };
}

function reminderColumn(
  locale: Locale,
  index: number,
  content: Reminder,
  cap: number,
): ReminderColumn {
  return {
    separator: index > 0,
    heading: cardText(
      formatLabel(locale, 'reminderHeading', { month: formatCardMonth(locale, content.period) }),
    ),
    phase: cardText(
      formatLabel(locale, 'phaseLine', {
        phase: PHASE_LABELS[content.phase][locale],
        today: formatCardDate(locale, content.today),
      }),
    ),
    overdue: listSection(
      locale,
      formatLabel(locale, 'overdueHeading'),
      content.overdueActions,
      cap,
      (action) => overdueLine(locale, action),
    ),
    upcoming: listSection(
      locale,
      formatLabel(locale, 'upcomingHeading', { days: UPCOMING_HORIZON_DAYS }),
      content.upcomingActions,
      cap,
      (action) => upcomingLine(locale, action),
    ),
    stale: listSection(
      locale,
      formatLabel(locale, 'staleHeading'),
      content.staleObjectives,
      cap,
      (objective) => staleLine(locale, objective),
    ),
    measurement: measurementSection(locale, content.measurement),
  };
}

/** The data for the reminder template, showing at most `cap` items per list. */
export function pdcaReminderCardData(
  content: Reminder,
  options: PdcaReminderCardOptions,
  cap: number = LIST_CAPS[0],
): PdcaReminderCardData {
  const { locales } = options;
  return {
    entityName: cardText(dataText(options.entityName)),
    columns: locales.map((locale, index) => reminderColumn(locale, index, content, cap)),
    openPlan: {
      id: CARD_ACTION_IDS.openPlan,
      title: buttonTitle(locales, 'openPlan'),
      url: requireHttpsUrl(options.tabDeepLink, 'tabDeepLink'),
    },
    snooze: {
      id: CARD_ACTION_IDS.snoozeReminder,
      title: buttonTitle(locales, 'snoozeOneMonth'),
      verb: CARD_VERBS.snoozeReminder,
      data: { entityId: content.entityId, period: content.period },
    },
  };
}

/**
 * The monthly PDCA reminder card for an entity's channel, in its language or side by side in its
 * two languages, or `no-card` when the core found nothing to say. Always within the 24 KB budget:
 * when long titles would push it over, fewer items per list are shown and the rest counted.
 */
export function buildPdcaReminderCard(
  content: ReminderContent,
  options: PdcaReminderCardOptions,
): CardResult {
  if (content.kind === 'nothing-to-say') return { kind: 'no-card' };
  for (const cap of LIST_CAPS) {
    const card = expandCard(reminderTemplate, pdcaReminderCardData(content, options, cap));
    if (cardSizeBytes(card) <= CARD_SIZE_BUDGET_BYTES) return { kind: 'card', card };
  }
  // Unreachable with bounded names and no list items; a fault if a label ever grows that much.
  throw new Error(`PDCA reminder card over ${CARD_SIZE_BUDGET_BYTES} bytes even without items`);
}
