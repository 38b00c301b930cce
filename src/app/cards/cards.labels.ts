import type { ImfFunction } from '../../core/catalogue/catalogue.types';
import type { MeasurementKind } from '../../core/maturity/maturity.types';
import type { LocalizedText } from '../../core/shared/locale';

/*
 * Every word on the channel cards, in ICU MessageFormat (formatted with intl-messageformat when
 * the card is built). Counts go through `plural` so "1 day" and "2 days" are right in each
 * language; dates and months arrive already formatted for the locale. Apostrophes are typographic
 * (’) because a straight one is a quote character in ICU. No label uses markdown: the whole
 * sentence is escaped once it is formatted (see `card-text.ts`).
 */
export const CARD_LABELS = {
  reminderHeading: {
    nl: 'PDCA-herinnering — {month}',
    fr: 'Rappel PDCA — {month}',
    de: 'PDCA-Erinnerung — {month}',
    en: 'PDCA reminder — {month}',
  },
  phaseLine: {
    nl: 'Fase: {phase} · stand van zaken op {today}',
    fr: 'Phase : {phase} · situation au {today}',
    de: 'Phase: {phase} · Stand vom {today}',
    en: 'Phase: {phase} · situation on {today}',
  },
  overdueHeading: {
    nl: 'Achterstallige acties',
    fr: 'Actions en retard',
    de: 'Überfällige Maßnahmen',
    en: 'Overdue actions',
  },
  upcomingHeading: {
    nl: 'Binnenkort (komende {days} dagen)',
    fr: 'À venir ({days} prochains jours)',
    de: 'Demnächst (nächste {days} Tage)',
    en: 'Upcoming (next {days} days)',
  },
  staleHeading: {
    nl: 'Indicator moet worden bijgewerkt',
    fr: 'Indicateur à mettre à jour',
    de: 'Indikator muss aktualisiert werden',
    en: 'Indicator needs an update',
  },
  measurementHeading: {
    nl: 'Meting te doen',
    fr: 'Mesure à réaliser',
    de: 'Messung fällig',
    en: 'Measurement due',
  },
  listItem: {
    nl: '• {title} — {owner} · {detail}',
    fr: '• {title} — {owner} · {detail}',
    de: '• {title} — {owner} · {detail}',
    en: '• {title} — {owner} · {detail}',
  },
  noOwner: {
    nl: 'niet toegewezen',
    fr: 'sans responsable',
    de: 'nicht zugewiesen',
    en: 'unassigned',
  },
  overdueDetail: {
    nl: '{days, plural, one {# dag te laat} other {# dagen te laat}} (termijn {date})',
    fr: '{days, plural, one {# jour de retard} other {# jours de retard}} (échéance {date})',
    de: '{days, plural, one {# Tag überfällig} other {# Tage überfällig}} (fällig am {date})',
    en: '{days, plural, one {# day late} other {# days late}} (due {date})',
  },
  upcomingDetail: {
    nl: '{days, plural, =0 {termijn vandaag} =1 {termijn morgen, {date}} other {termijn {date}, over # dagen}}',
    fr: '{days, plural, =0 {échéance aujourd’hui} =1 {échéance demain, {date}} other {échéance le {date}, dans # jours}}',
    de: '{days, plural, =0 {heute fällig} =1 {morgen fällig, {date}} other {fällig am {date}, in # Tagen}}',
    en: '{days, plural, =0 {due today} =1 {due tomorrow, {date}} other {due {date}, in # days}}',
  },
  indicatorNeverUpdated: {
    nl: 'indicator nooit bijgewerkt',
    fr: 'indicateur jamais mis à jour',
    de: 'Indikator nie aktualisiert',
    en: 'indicator never updated',
  },
  indicatorUpdatedDetail: {
    nl: 'indicator bijgewerkt op {date} ({days, plural, one {# dag geleden} other {# dagen geleden}})',
    fr: 'indicateur mis à jour le {date} (il y a {days, plural, one {# jour} other {# jours}})',
    de: 'Indikator aktualisiert am {date} (vor {days, plural, one {# Tag} other {# Tagen}})',
    en: 'indicator updated {date} ({days, plural, one {# day ago} other {# days ago}})',
  },
  more: {
    nl: '{count, plural, one {en nog # in het plan} other {en nog # in het plan}}',
    fr: '{count, plural, one {et # autre dans le plan} other {et # autres dans le plan}}',
    de: '{count, plural, one {und # weitere im Plan} other {und # weitere im Plan}}',
    en: '{count, plural, one {and # more in the plan} other {and # more in the plan}}',
  },
  measurementLine: {
    nl: '{measurement} — {state}',
    fr: '{measurement} — {state}',
    de: '{measurement} — {state}',
    en: '{measurement} — {state}',
  },
  annualMeasurement: {
    nl: 'Jaarlijkse meting {sequence}',
    fr: 'Mesure annuelle {sequence}',
    de: 'Jährliche Messung {sequence}',
    en: 'Annual measurement {sequence}',
  },
  measurementDue: {
    nl: 'uiterlijk op {due}',
    fr: 'au plus tard le {due}',
    de: 'spätestens am {due}',
    en: 'due by {due}',
  },
  measurementOverdue: {
    nl: 'te laat sinds {due}',
    fr: 'en retard depuis le {due}',
    de: 'überfällig seit {due}',
    en: 'overdue since {due}',
  },
  measurementUpcoming: {
    nl: 'van {opens} tot {due}',
    fr: 'du {opens} au {due}',
    de: 'vom {opens} bis {due}',
    en: 'from {opens} to {due}',
  },
  openPlan: {
    nl: 'Open het plan',
    fr: 'Ouvrir le plan',
    de: 'Plan öffnen',
    en: 'Open the plan',
  },
  snoozeOneMonth: {
    nl: 'Een maand uitstellen',
    fr: 'Reporter d’un mois',
    de: 'Einen Monat aussetzen',
    en: 'Snooze one month',
  },
  snoozedStatus: {
    nl: 'Uitgesteld ✓ — volgende herinnering niet vóór {date}',
    fr: 'Reporté ✓ — prochain rappel pas avant le {date}',
    de: 'Ausgesetzt ✓ — nächste Erinnerung nicht vor dem {date}',
    en: 'Snoozed ✓ — next reminder not before {date}',
  },
  dialogueHeading: {
    nl: 'Integriteitsdialoog — {month}',
    fr: 'Dialogue sur l’intégrité — {month}',
    de: 'Integritätsdialog — {month}',
    en: 'Integrity dialogue — {month}',
  },
  promptTags: {
    nl: '{kind} · {function} · {process}',
    fr: '{kind} · {function} · {process}',
    de: '{kind} · {function} · {process}',
    en: '{kind} · {function} · {process}',
  },
  tipsHeading: {
    nl: 'Tips voor wie het gesprek leidt',
    fr: 'Conseils pour animer la discussion',
    de: 'Tipps für die Gesprächsleitung',
    en: 'Tips for whoever leads the discussion',
  },
  tipItem: {
    nl: '• {tip}',
    fr: '• {tip}',
    de: '• {tip}',
    en: '• {tip}',
  },
  discussedSoFar: {
    nl: '{count, plural, one {Al # keer besproken in deze ploeg} other {Al # keer besproken in deze ploeg}}',
    fr: '{count, plural, one {Déjà discuté # fois dans cette équipe} other {Déjà discuté # fois dans cette équipe}}',
    de: '{count, plural, one {Bereits # Mal in diesem Team besprochen} other {Bereits # Mal in diesem Team besprochen}}',
    en: '{count, plural, one {Discussed once in this team so far} other {Discussed # times in this team so far}}',
  },
  discussedStatus: {
    nl: 'Besproken ✓ — {count, plural, one {# keer} other {# keer}} in deze ploeg',
    fr: 'Discuté ✓ — {count, plural, one {# fois} other {# fois}} dans cette équipe',
    de: 'Besprochen ✓ — {count, plural, one {# Mal} other {# Mal}} in diesem Team',
    en: 'Discussed ✓ — {count, plural, one {once} other {# times}} in this team',
  },
  privacyNote: {
    nl: 'Alleen het aantal besprekingen wordt bijgehouden, nooit namen.',
    fr: 'Seul le nombre de discussions est conservé, jamais de noms.',
    de: 'Gespeichert wird nur die Zahl der Gespräche, nie Namen.',
    en: 'Only the number of discussions is kept, never names.',
  },
  markDiscussed: {
    nl: 'Besproken in ons teamoverleg',
    fr: 'Discuté en réunion d’équipe',
    de: 'In unserer Teambesprechung besprochen',
    en: 'Discussed in our team meeting',
  },
} as const satisfies Readonly<Record<string, LocalizedText>>;

export type CardLabelKey = keyof typeof CARD_LABELS;

/**
 * The four IMF functions as the dialogue card tags a prompt (F1 to F4, as the AIG guide numbers
 * them). Kept here until the catalogue has its own labels for them.
 */
export const IMF_FUNCTION_LABELS = {
  determine: {
    nl: 'F1 Bepalen en definiëren',
    fr: 'F1 Déterminer et définir',
    de: 'F1 Bestimmen und definieren',
    en: 'F1 Determine and define',
  },
  guide: { nl: 'F2 Begeleiden', fr: 'F2 Guider', de: 'F2 Anleiten', en: 'F2 Guide' },
  monitor: { nl: 'F3 Opvolgen', fr: 'F3 Surveiller', de: 'F3 Überwachen', en: 'F3 Monitor' },
  enforce: { nl: 'F4 Handhaven', fr: 'F4 Faire respecter', de: 'F4 Durchsetzen', en: 'F4 Enforce' },
} as const satisfies Readonly<Record<ImfFunction, LocalizedText>>;

/** Baseline and final have a name; the annual ones are numbered (`annualMeasurement`). */
export const MEASUREMENT_NAME_LABELS = {
  baseline: {
    nl: 'Nulmeting',
    fr: 'Mesure initiale',
    de: 'Nullmessung',
    en: 'Baseline measurement',
  },
  final: { nl: 'Eindmeting', fr: 'Mesure finale', de: 'Abschlussmessung', en: 'Final measurement' },
} as const satisfies Readonly<Record<Exclude<MeasurementKind, 'annual'>, LocalizedText>>;
