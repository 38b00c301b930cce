import type {
  CatalogueCategory,
  ImfFunction,
  InstrumentElement,
  ProcessElement,
  StructureElement,
} from './catalogue.types';

/**
 * The groups of the IMF catalogue, in display order. Instrument groups follow the sub-headings the
 * AIG guide gives for each of the four functions; process and structure groups follow its chapters.
 * Ids are stored in SharePoint with every rating and plan action: never rename one.
 */
export const IMF_CATEGORIES = [
  {
    id: 'ins.determine.needs',
    pillar: 'instruments',
    function: 'determine',
    label: {
      nl: 'Behoeften bepalen',
      fr: 'Déterminer les besoins',
      de: 'Bedarf ermitteln',
      en: 'Determine the needs',
    },
  },
  {
    id: 'ins.determine.written',
    pillar: 'instruments',
    function: 'determine',
    label: {
      nl: 'Geschreven waarden, regels en procedures',
      fr: 'Valeurs, règles et procédures écrites',
      de: 'Schriftliche Werte, Regeln und Verfahren',
      en: 'Written values, rules and procedures',
    },
  },
  {
    id: 'ins.determine.unwritten',
    pillar: 'instruments',
    function: 'determine',
    label: {
      nl: 'Ongeschreven codes, regels en standaarden',
      fr: 'Codes, règles et normes non écrits',
      de: 'Ungeschriebene Kodizes, Regeln und Standards',
      en: 'Unwritten codes, rules and standards',
    },
  },
  {
    id: 'ins.determine.structural',
    pillar: 'instruments',
    function: 'determine',
    label: {
      nl: 'Structurele maatregelen (personeels-, kwaliteits-, financieel en informatiebeleid)',
      fr: 'Mesures structurelles (politique du personnel, de qualité, financière et d’information)',
      de: 'Strukturelle Maßnahmen (Personal-, Qualitäts-, Finanz- und Informationspolitik)',
      en: 'Structural measures (HR, quality, financial and information policy)',
    },
  },
  {
    id: 'ins.guide.training',
    pillar: 'instruments',
    function: 'guide',
    label: {
      nl: 'Opleiding en training',
      fr: 'Formation et entraînement',
      de: 'Aus- und Fortbildung',
      en: 'Education and training',
    },
  },
  {
    id: 'ins.guide.introduction',
    pillar: 'instruments',
    function: 'guide',
    label: {
      nl: 'Introductie en mentoring',
      fr: 'Introduction et mentorat',
      de: 'Einführung und Mentoring',
      en: 'Introduction and mentoring',
    },
  },
  {
    id: 'ins.guide.coaching',
    pillar: 'instruments',
    function: 'guide',
    label: {
      nl: 'Coaching en advisering',
      fr: 'Coaching et conseil',
      de: 'Coaching und Beratung',
      en: 'Coaching and advice',
    },
  },
  {
    id: 'ins.guide.communication',
    pillar: 'instruments',
    function: 'guide',
    label: {
      nl: 'Communicatie',
      fr: 'Communication',
      de: 'Kommunikation',
      en: 'Communication',
    },
  },
  {
    id: 'ins.monitor.passive',
    pillar: 'instruments',
    function: 'monitor',
    label: {
      nl: 'Passieve monitoring',
      fr: 'Monitoring passif',
      de: 'Passives Monitoring',
      en: 'Passive monitoring',
    },
  },
  {
    id: 'ins.monitor.active',
    pillar: 'instruments',
    function: 'monitor',
    label: {
      nl: 'Actieve monitoring',
      fr: 'Monitoring actif',
      de: 'Aktives Monitoring',
      en: 'Active monitoring',
    },
  },
  {
    id: 'ins.enforce.formal',
    pillar: 'instruments',
    function: 'enforce',
    label: {
      nl: 'Formele sanctieprocedures',
      fr: 'Procédures de sanction formelles',
      de: 'Formelle Sanktionsverfahren',
      en: 'Formal sanction procedures',
    },
  },
  {
    id: 'ins.enforce.informal',
    pillar: 'instruments',
    function: 'enforce',
    label: {
      nl: 'Informele reacties',
      fr: 'Réactions informelles',
      de: 'Informelle Reaktionen',
      en: 'Informal reactions',
    },
  },
  {
    id: 'ins.enforce.crisis-aftercare',
    pillar: 'instruments',
    function: 'enforce',
    label: {
      nl: 'Crisiscommunicatie en nazorg',
      fr: 'Communication de crise et suivi',
      de: 'Krisenkommunikation und Nachsorge',
      en: 'Crisis communication and aftercare',
    },
  },
  {
    id: 'pro.pdca',
    pillar: 'processes',
    label: {
      nl: 'PDCA-cyclus: plannen, uitvoeren, evalueren, bijsturen',
      fr: 'Cycle PDCA : planifier, mettre en œuvre, évaluer, ajuster',
      de: 'PDCA-Zyklus: planen, umsetzen, evaluieren, anpassen',
      en: 'PDCA cycle: plan, implement, evaluate, adapt',
    },
  },
  {
    id: 'pro.planning-cycle',
    pillar: 'processes',
    label: {
      nl: 'Inbedding in de planningscyclus',
      fr: 'Intégration dans le cycle de planification',
      de: 'Einbettung in den Planungszyklus',
      en: 'Integration in the planning cycle',
    },
  },
  {
    id: 'pro.ad-hoc',
    pillar: 'processes',
    label: {
      nl: 'Ad-hocprojecten',
      fr: 'Projets ad hoc',
      de: 'Ad-hoc-Projekte',
      en: 'Ad hoc projects',
    },
  },
  {
    id: 'str.leaders',
    pillar: 'structures',
    label: {
      nl: 'Leidinggevenden',
      fr: 'Dirigeants',
      de: 'Führungskräfte',
      en: 'Leaders',
    },
  },
  {
    id: 'str.officers',
    pillar: 'structures',
    label: {
      nl: 'Integriteitsverantwoordelijken',
      fr: 'Responsables intégrité',
      de: 'Integritätsbeauftragte',
      en: 'Integrity officers',
    },
  },
  {
    id: 'str.horizontal',
    pillar: 'structures',
    label: {
      nl: 'Actoren in aanverwante horizontale beleidsdomeinen',
      fr: 'Acteurs des domaines transversaux connexes',
      de: 'Akteure in verwandten Querschnittsbereichen',
      en: 'Actors in related horizontal domains',
    },
  },
  {
    id: 'str.supralocal',
    pillar: 'structures',
    label: {
      nl: 'Supralokale actoren',
      fr: 'Acteurs supralocaux',
      de: 'Überlokale Akteure',
      en: 'Supralocal actors',
    },
  },
] as const satisfies readonly CatalogueCategory[];

type CategoryData = (typeof IMF_CATEGORIES)[number];

export type KnownCategoryId = CategoryData['id'];

/**
 * An instrument whose category belongs to its own function, so that a data file cannot file a
 * monitoring instrument under an enforcement category without a compile error. Distributes over
 * a union of functions.
 */
export type InstrumentIn<F extends ImfFunction> = F extends ImfFunction
  ? InstrumentElement & {
      readonly function: F;
      readonly category: Extract<CategoryData, { readonly function: F }>['id'];
    }
  : never;

export type ProcessIn = ProcessElement & {
  readonly category: Extract<CategoryData, { readonly pillar: 'processes' }>['id'];
};

type StructureCategoryId = Extract<CategoryData, { readonly pillar: 'structures' }>['id'];

/** A structure whose level follows from its category: only supralocal actors are supralocal. */
export type StructureIn = StructureElement &
  (
    | { readonly category: 'str.supralocal'; readonly level: 'supralocal' }
    | {
        readonly category: Exclude<StructureCategoryId, 'str.supralocal'>;
        readonly level: 'entity';
      }
  );
