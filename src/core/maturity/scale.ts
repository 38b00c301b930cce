import type { LocalizedText } from '../shared/locale';
import type { MaturityLevel, RatingValue, UnratedValue } from './maturity.types';
import { MATURITY_LEVELS, UNRATED_VALUES } from './maturity.types';

/** The PDCA step a level stands for; level 1 (ad hoc) precedes the cycle and has none. */
export type PdcaLetter = 'P' | 'D' | 'C' | 'A';

/** One step of the cumulative 5-level scale, as shown in the legend and the exports. */
export type ScaleLevel = {
  readonly level: MaturityLevel;
  readonly label: LocalizedText;
  readonly meaning: LocalizedText;
  /** What a rater must be able to show before choosing this level. */
  readonly minimumEvidence: LocalizedText;
  readonly pdca: PdcaLetter | null;
};

/**
 * The maturity scale of the product design ("Maturity matrix"). The levels are cumulative: level
 * n presupposes everything of the levels below it, which is why the evidence grows with the level.
 */
export const MATURITY_SCALE = {
  1: {
    level: 1,
    label: { nl: 'Ad hoc', fr: 'Ad hoc', de: 'Ad hoc', en: 'Ad hoc' },
    meaning: {
      nl: 'Incidenteel, reactief, afhankelijk van personen',
      fr: 'Ponctuel, réactif, dépendant des personnes',
      de: 'Punktuell, reaktiv, von einzelnen Personen abhängig',
      en: 'Incidental, reactive, depends on persons',
    },
    minimumEvidence: {
      nl: 'Geen bewijs vereist',
      fr: 'Aucune preuve requise',
      de: 'Kein Nachweis erforderlich',
      en: 'No evidence required',
    },
    pdca: null,
  },
  2: {
    level: 2,
    label: { nl: 'Gepland', fr: 'Planifié', de: 'Geplant', en: 'Planned' },
    meaning: {
      nl: 'Ontworpen en formeel beslist, nog niet toegepast (Plan)',
      fr: 'Conçu et formellement décidé, pas encore appliqué (Plan)',
      de: 'Entworfen und förmlich beschlossen, noch nicht angewandt (Plan)',
      en: 'Designed and formally decided, not yet applied (Plan)',
    },
    minimumEvidence: {
      nl: 'Goedgekeurd document of goedgekeurde beslissing',
      fr: 'Document ou décision approuvé(e)',
      de: 'Genehmigtes Dokument oder genehmigter Beschluss',
      en: 'Approved document or decision',
    },
    pdca: 'P',
  },
  3: {
    level: 3,
    label: { nl: 'Toegepast', fr: 'Appliqué', de: 'Umgesetzt', en: 'Implemented' },
    meaning: {
      nl: 'Gestandaardiseerd, gecommuniceerd en toegepast (Do)',
      fr: 'Standardisé, communiqué et appliqué (Do)',
      de: 'Standardisiert, kommuniziert und angewandt (Do)',
      en: 'Standardised, communicated and applied (Do)',
    },
    minimumEvidence: {
      nl: 'Registraties van het gebruik',
      fr: "Traces de l'utilisation",
      de: 'Nachweise der Anwendung',
      en: 'Records of use',
    },
    pdca: 'D',
  },
  4: {
    level: 4,
    label: { nl: 'Opgevolgd', fr: 'Suivi', de: 'Überwacht', en: 'Monitored' },
    meaning: {
      nl: 'Opgevolgd aan de hand van indicatoren, doeltreffendheid gerapporteerd aan de leiding (Check)',
      fr: "Suivi au moyen d'indicateurs, efficacité rapportée à la direction (Check)",
      de: 'Anhand von Indikatoren überwacht, Wirksamkeit an die Leitung berichtet (Check)',
      en: 'Monitored against indicators, effectiveness reported to leadership (Check)',
    },
    minimumEvidence: {
      nl: 'Opvolgingsgegevens en rapport',
      fr: 'Données de suivi et rapport',
      de: 'Überwachungsdaten und Bericht',
      en: 'Monitoring data and report',
    },
    pdca: 'C',
  },
  5: {
    level: 5,
    label: {
      nl: 'Verankerd & lerend',
      fr: 'Ancré et apprenant',
      de: 'Verankert & lernend',
      en: 'Embedded & learning',
    },
    meaning: {
      nl: 'Evaluaties leiden aantoonbaar tot bijsturing; kern- en complementaire actoren zijn betrokken (Act)',
      fr: 'Les évaluations mènent de manière démontrable à des ajustements ; les acteurs centraux et complémentaires sont impliqués (Act)',
      de: 'Evaluierungen führen nachweislich zu Anpassungen; Kern- und ergänzende Akteure sind einbezogen (Act)',
      en: 'Evaluations demonstrably lead to adaptation; core and complementary actors involved (Act)',
    },
    minimumEvidence: {
      nl: 'Evaluatie en beslissing tot bijsturing',
      fr: "Évaluation et décision d'ajustement",
      de: 'Evaluierung und Anpassungsbeschluss',
      en: 'Evaluation and adaptation decision',
    },
    pdca: 'A',
  },
} as const satisfies { readonly [L in MaturityLevel]: ScaleLevel & { readonly level: L } };

/** The scale as a list, lowest level first, for legends and exports. */
export const MATURITY_SCALE_LEVELS: readonly ScaleLevel[] = MATURITY_LEVELS.map(
  (level) => MATURITY_SCALE[level],
);

/** Labels of the two values outside the scale; they are never drawn as low maturity. */
export const UNRATED_LABELS = {
  'not-assessed': {
    nl: 'Niet beoordeeld',
    fr: 'Non évalué',
    de: 'Nicht bewertet',
    en: 'Not assessed',
  },
  'not-applicable': {
    nl: 'Niet van toepassing',
    fr: 'Sans objet',
    de: 'Nicht zutreffend',
    en: 'Not applicable',
  },
} as const satisfies Readonly<Record<UnratedValue, LocalizedText>>;

/** True for a level on the scale, false for 'not-assessed' and 'not-applicable'. */
export function isRated(value: RatingValue): value is MaturityLevel {
  return typeof value === 'number';
}

/**
 * Runtime check for a level read from outside the type system (a list item, a form): an integer
 * from 1 to 5.
 */
export function isMaturityLevel(value: unknown): value is MaturityLevel {
  return (MATURITY_LEVELS as readonly unknown[]).includes(value);
}

/** Runtime check for any rating value: a level or one of the two unrated values. */
export function isRatingValue(value: unknown): value is RatingValue {
  return isMaturityLevel(value) || (UNRATED_VALUES as readonly unknown[]).includes(value);
}

/** The label of any rating value: the level name, or "not assessed" / "not applicable". */
export function ratingValueLabel(value: RatingValue): LocalizedText {
  return isRated(value) ? MATURITY_SCALE[value].label : UNRATED_LABELS[value];
}
