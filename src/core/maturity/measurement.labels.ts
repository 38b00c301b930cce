import type { LocalizedText } from '../shared/locale';
import type { MeasurementKind, MeasurementStatus, RatingMode } from './maturity.types';

/*
 * Names of a measurement's kind, status and rating mode in the four languages, for the
 * measurement screens and the exports alike. French forms agree with "la mesure".
 */

/** Baseline, annual and final measurement (the PDCA moments of the plan period). */
export const MEASUREMENT_KIND_LABELS = {
  baseline: { nl: 'Nulmeting', fr: 'Mesure de départ', de: 'Ausgangsmessung', en: 'Baseline' },
  annual: {
    nl: 'Jaarmeting',
    fr: 'Mesure annuelle',
    de: 'Jahresmessung',
    en: 'Annual measurement',
  },
  final: { nl: 'Eindmeting', fr: 'Mesure finale', de: 'Abschlussmessung', en: 'Final measurement' },
} as const satisfies Record<MeasurementKind, LocalizedText>;

/** An open measurement is still rated; a locked one is the record and only corrected by a new one. */
export const MEASUREMENT_STATUS_LABELS = {
  open: { nl: 'Open', fr: 'Ouverte', de: 'Offen', en: 'Open' },
  locked: { nl: 'Vergrendeld', fr: 'Verrouillée', de: 'Gesperrt', en: 'Locked' },
} as const satisfies Record<MeasurementStatus, LocalizedText>;

/** One rater, or several raters who agree on a rating. */
export const RATING_MODE_LABELS = {
  single: {
    nl: 'Eén beoordelaar',
    fr: 'Un seul évaluateur',
    de: 'Ein Bewerter',
    en: 'Single rater',
  },
  'multi-rater': {
    nl: 'Meerdere beoordelaars',
    fr: 'Plusieurs évaluateurs',
    de: 'Mehrere Bewerter',
    en: 'Multiple raters',
  },
} as const satisfies Record<RatingMode, LocalizedText>;
