import type { LocalizedText } from '../shared/locale';
import type { SchedulePhase } from './pdca-phase';

/**
 * Labels of the PDCA phases, in the words of the source ("plannen, uitvoeren, evalueren,
 * bijsturen"), and of the days outside the plan period.
 */
export const PHASE_LABELS = {
  plan: { nl: 'Plannen', fr: 'Planifier', de: 'Planen', en: 'Plan' },
  do: { nl: 'Uitvoeren', fr: 'Mettre en œuvre', de: 'Umsetzen', en: 'Do' },
  check: { nl: 'Evalueren', fr: 'Évaluer', de: 'Überprüfen', en: 'Check' },
  act: { nl: 'Bijsturen', fr: 'Ajuster', de: 'Anpassen', en: 'Act' },
  'before-period': {
    nl: 'Vóór de planperiode',
    fr: 'Avant la période du plan',
    de: 'Vor dem Planzeitraum',
    en: 'Before the plan period',
  },
  'after-period': {
    nl: 'Na de planperiode',
    fr: 'Après la période du plan',
    de: 'Nach dem Planzeitraum',
    en: 'After the plan period',
  },
} as const satisfies Record<SchedulePhase, LocalizedText>;
