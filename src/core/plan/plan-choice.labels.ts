import type { LocalizedText } from '../shared/locale';
import type { ActionStatus, Frequency, MonitoringMode } from './plan.types';

/*
 * Names of the closed choices of a plan's records (an action's status, a monitoring arrangement's
 * mode, a frequency) in the four languages, for the plan editor and the exports alike.
 */

/** The status of an action; the feminine forms in French agree with "l’action". */
export const ACTION_STATUS_LABELS = {
  planned: { nl: 'Gepland', fr: 'Planifiée', de: 'Geplant', en: 'Planned' },
  'in-progress': { nl: 'Lopend', fr: 'En cours', de: 'In Bearbeitung', en: 'In progress' },
  done: { nl: 'Uitgevoerd', fr: 'Réalisée', de: 'Erledigt', en: 'Done' },
  postponed: { nl: 'Uitgesteld', fr: 'Reportée', de: 'Verschoben', en: 'Postponed' },
  cancelled: { nl: 'Geannuleerd', fr: 'Annulée', de: 'Abgebrochen', en: 'Cancelled' },
} as const satisfies Record<ActionStatus, LocalizedText>;

/** Whether integrity is monitored actively, passively or both. */
export const MONITORING_MODE_LABELS = {
  active: { nl: 'Actief', fr: 'Active', de: 'Aktiv', en: 'Active' },
  passive: { nl: 'Passief', fr: 'Passive', de: 'Passiv', en: 'Passive' },
  both: {
    nl: 'Actief en passief',
    fr: 'Active et passive',
    de: 'Aktiv und passiv',
    en: 'Active and passive',
  },
} as const satisfies Record<MonitoringMode, LocalizedText>;

/** How often something recurs (monitoring, evaluation, communication). */
export const FREQUENCY_LABELS = {
  monthly: { nl: 'Maandelijks', fr: 'Mensuelle', de: 'Monatlich', en: 'Monthly' },
  quarterly: { nl: 'Driemaandelijks', fr: 'Trimestrielle', de: 'Vierteljährlich', en: 'Quarterly' },
  'half-yearly': { nl: 'Halfjaarlijks', fr: 'Semestrielle', de: 'Halbjährlich', en: 'Half-yearly' },
  yearly: { nl: 'Jaarlijks', fr: 'Annuelle', de: 'Jährlich', en: 'Yearly' },
  continuous: { nl: 'Doorlopend', fr: 'Continue', de: 'Laufend', en: 'Continuous' },
  'ad-hoc': { nl: 'Ad hoc', fr: 'Ad hoc', de: 'Ad hoc', en: 'Ad hoc' },
} as const satisfies Record<Frequency, LocalizedText>;
