import type { LocalizedText } from '../shared/locale';
import type { Approach, ImfFunction, Layer, Pillar } from './catalogue.types';

/*
 * Names of the IMF's classifications (pillar, function, layer, approach) in the four languages,
 * for every screen and export that prints them. The AIG guide's wording; the functions keep their
 * F1–F4 numbers because the guide refers to them that way.
 */

/** The three pillars of the IMF. */
export const PILLAR_LABELS = {
  instruments: { nl: 'Instrumenten', fr: 'Instruments', de: 'Instrumente', en: 'Instruments' },
  processes: { nl: 'Processen', fr: 'Processus', de: 'Prozesse', en: 'Processes' },
  structures: { nl: 'Structuren', fr: 'Structures', de: 'Strukturen', en: 'Structures' },
} as const satisfies Record<Pillar, LocalizedText>;

/** The four functions of the instruments pillar, numbered F1–F4 as in the AIG guide. */
export const FUNCTION_LABELS = {
  determine: {
    nl: 'F1 Integriteit bepalen en definiëren',
    fr: 'F1 Déterminer et définir l’intégrité',
    de: 'F1 Integrität bestimmen und definieren',
    en: 'F1 Determine and define integrity',
  },
  guide: {
    nl: 'F2 Begeleiden naar integriteit',
    fr: 'F2 Guider vers l’intégrité',
    de: 'F2 Zur Integrität anleiten',
    en: 'F2 Guide towards integrity',
  },
  monitor: {
    nl: 'F3 Integriteit monitoren',
    fr: 'F3 Surveiller l’intégrité',
    de: 'F3 Integrität überwachen',
    en: 'F3 Monitor integrity',
  },
  enforce: {
    nl: 'F4 Integriteit handhaven',
    fr: 'F4 Faire respecter l’intégrité',
    de: 'F4 Integrität durchsetzen',
    en: 'F4 Enforce integrity',
  },
} as const satisfies Record<ImfFunction, LocalizedText>;

/** The core and complementary layer of each pillar. */
export const LAYER_LABELS = {
  core: { nl: 'Kern', fr: 'Central', de: 'Kern', en: 'Core' },
  complementary: {
    nl: 'Complementair',
    fr: 'Complémentaire',
    de: 'Ergänzend',
    en: 'Complementary',
  },
} as const satisfies Record<Layer, LocalizedText>;

/** Whether an element leans towards rules and control, values and culture, or both. */
export const APPROACH_LABELS = {
  controlling: { nl: 'Controlerend', fr: 'De contrôle', de: 'Kontrollierend', en: 'Controlling' },
  stimulating: {
    nl: 'Stimulerend',
    fr: 'De stimulation',
    de: 'Stimulierend',
    en: 'Stimulating',
  },
  both: { nl: 'Beide', fr: 'Les deux', de: 'Beides', en: 'Both' },
} as const satisfies Record<Approach, LocalizedText>;
