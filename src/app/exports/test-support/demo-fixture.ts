import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { CatalogueElement } from '../../../core/catalogue/catalogue.types';
import type {
  MaturityLevel,
  Measurement,
  Rating,
  RatingValue,
} from '../../../core/maturity/maturity.types';
import { lockMeasurement, rateElement, startMeasurement } from '../../../core/maturity/measurement';
import type {
  OperationalObjective,
  Plan,
  PlanAction,
  PlanArrangement,
  PlanBundle,
  StrategicObjective,
} from '../../../core/plan/plan.types';
import type { IsoDateTime } from '../../../core/shared/dates';
import type { PersonRef } from '../../../core/shared/person';
import type { Result } from '../../../core/shared/result';
import type { ChangeLogEntry, EvidenceFile } from '../measurement-report';

/*
 * "PZ Demo", the demo police zone of the local emulator, as domain records: the adopted plan for
 * 2026–2029 (2 strategic and 4 operational objectives, 13 actions of which one cancelled, the
 * arrangements of sections 4 to 7), a locked baseline rating the whole real catalogue and an open
 * annual measurement, an evidence index and a change log. Deterministic: no clock, no randomness.
 */

export const COMMANDER: PersonRef = {
  id: '4a1f6c2e-9b3d-4e7a-8c5f-1d2e3f4a5b6c',
  displayName: 'Marc Janssens',
  email: 'marc.janssens@pz-demo.example',
};
export const INTEGRITY_OFFICER: PersonRef = {
  id: '8d2e4f6a-1b3c-4d5e-9f0a-2b3c4d5e6f7a',
  displayName: 'Sofie Claes',
  email: 'sofie.claes@pz-demo.example',
};
export const DIT_CHIEF: PersonRef = {
  id: '2b8c4d6e-5f7a-4b9c-8d0e-6f7a8b9c0d1e',
  displayName: 'Peter De Smet',
  email: 'peter.desmet@pz-demo.example',
};

export const DEMO_PLAN_ID = 'plan-pz-demo-2026';
const ENTITY_ID = 'pz-demo';

export const DEMO_PLAN: Plan = {
  id: DEMO_PLAN_ID,
  entityId: ENTITY_ID,
  title: 'Integriteitsbeleidsplan PZ Demo 2026-2029',
  status: 'adopted',
  adoptedOn: '2026-01-12',
  identification: {
    entityName: 'PZ Demo',
    periodStart: '2026-01-01',
    periodEnd: '2029-12-31',
    mandateHolder: {
      lastName: 'Janssens',
      firstName: 'Marc',
      grade: 'Hoofdcommissaris van politie, korpschef',
    },
  },
  vision: {
    ambition:
      'Tegen eind 2029 is integriteit in PZ Demo geen apart thema meer, maar een vanzelfsprekend onderdeel van elk teamoverleg, elke beslissing en elke evaluatie. Medewerkers durven dilemma’s open te bespreken en leidinggevenden geven daarin het voorbeeld.',
    coreValues:
      'Onze kernwaarden zijn respect, betrouwbaarheid, loyauteit en openheid. Ze steunen op de deontologische code van de politiediensten (KB 10 mei 2006) en op de korpsspecifieke leidraad die in 2024 werd opgesteld.',
    needs:
      'De bevraging van 2025 toont dat slechts een op de drie medewerkers een integriteitsdilemma met de eigen leidinggevende zou bespreken.\nHet aantal klachten over onrechtmatige consultatie van politionele databanken steeg drie jaar op rij.',
    vulnerableProcesses:
      'Consultatie van politionele databanken (ANG, DIV, Rijksregister), beheer van in beslag genomen goederen, contacten met informanten, nevenactiviteiten en het aanvaarden van geschenken.',
    recommendations:
      'De AIG beval in haar doorlichting van 2024 aan om de controle op databankconsultaties te systematiseren en leidinggevenden op te leiden in ethisch leiderschap.',
  },
};

export const DEMO_STRATEGIC: readonly StrategicObjective[] = [
  {
    id: 'so-1',
    planId: DEMO_PLAN_ID,
    title: 'Een open gesprekscultuur over integriteit',
    description:
      'Medewerkers en leidinggevenden bespreken integriteitsvragen en dilemma’s open en zonder angst, in teamoverleg, in coaching en in de dagelijkse werking.',
    order: 1,
  },
  {
    id: 'so-2',
    planId: DEMO_PLAN_ID,
    title: 'Een zorgvuldige omgang met politionele informatie',
    description:
      'Politionele informatie wordt enkel geconsulteerd en gedeeld wanneer de opdracht dat vereist; afwijkingen worden opgespoord en bijgestuurd.',
    order: 2,
  },
];

function objective(
  fields: Omit<OperationalObjective, 'planId' | 'currentValue' | 'indicatorUpdatedOn'> & {
    readonly currentValue?: number;
    readonly indicatorUpdatedOn?: string;
  },
): OperationalObjective {
  return {
    ...fields,
    planId: DEMO_PLAN_ID,
    currentValue: fields.currentValue ?? null,
    indicatorUpdatedOn: fields.indicatorUpdatedOn ?? null,
  };
}

export const DEMO_OBJECTIVES: readonly OperationalObjective[] = [
  objective({
    id: 'oo-1',
    strategicObjectiveId: 'so-1',
    title: 'Elk team voert minstens twee dilemmagesprekken per jaar',
    specific:
      'Alle interventie-, wijk- en recherche-teams bespreken minstens twee keer per jaar een integriteitsdilemma onder begeleiding van een dilemmatrainer.',
    indicator: 'Aandeel teams met minstens twee dilemmagesprekken per jaar',
    unit: '%',
    baselineValue: 20,
    targetValue: 90,
    currentValue: 45,
    indicatorUpdatedOn: '2026-10-01',
    deadline: '2027-12-31',
    owner: INTEGRITY_OFFICER,
    elementIds: [
      'ins.guide.training.dilemma-training',
      'ins.guide.coaching.integrity-consultation',
      'ins.guide.communication.briefings',
    ],
    order: 1,
  }),
  objective({
    id: 'oo-2',
    strategicObjectiveId: 'so-1',
    title: 'Alle leidinggevenden volgen de opleiding ethisch leiderschap',
    specific:
      'Elke officier en elk lid van het middenkader volgt tegen midden 2027 de tweedaagse opleiding ethisch leiderschap.',
    indicator: 'Aandeel leidinggevenden dat de opleiding ethisch leiderschap volgde',
    unit: '%',
    baselineValue: 10,
    targetValue: 100,
    currentValue: 35,
    indicatorUpdatedOn: '2026-09-15',
    deadline: '2027-06-30',
    owner: COMMANDER,
    elementIds: ['ins.guide.training.ethical-leadership', 'str.leaders.exemplary-role'],
    order: 2,
  }),
  objective({
    id: 'oo-3',
    strategicObjectiveId: 'so-2',
    title: '-10 % klachten over onrechtmatige consultatie van databanken tegen eind 2027',
    specific:
      'Het aantal klachten en meldingen over onrechtmatige consultatie van politionele databanken daalt met 10 % ten opzichte van 2025.',
    indicator: 'Aantal klachten over onrechtmatige consultatie van databanken per jaar',
    unit: 'klachten per jaar',
    baselineValue: 20,
    targetValue: 18,
    currentValue: 19,
    indicatorUpdatedOn: '2026-07-01',
    deadline: '2027-12-31',
    owner: INTEGRITY_OFFICER,
    elementIds: [
      'ins.monitor.active.database-logging',
      'ins.determine.structural.information-protection',
      'ins.monitor.passive.complaints-system',
    ],
    order: 3,
  }),
  objective({
    id: 'oo-4',
    strategicObjectiveId: 'so-2',
    title: 'Maandelijkse steekproefcontrole op 5 % van de databankconsultaties',
    specific:
      'De DIT controleert elke maand een steekproef van 5 % van de consultaties op een geldige reden en rapporteert aan het directiecomité.',
    indicator: 'Aandeel maandelijks gecontroleerde databankconsultaties',
    unit: '%',
    baselineValue: 0,
    targetValue: 5,
    currentValue: 3,
    indicatorUpdatedOn: '2026-10-01',
    deadline: '2026-12-31',
    owner: DIT_CHIEF,
    elementIds: [
      'ins.monitor.active.spot-checks',
      'str.horizontal.dit',
      'str.horizontal.management-committee',
    ],
    order: 4,
  }),
];

type ActionData = {
  readonly objectiveId: string;
  readonly title: string;
  readonly description: string;
  readonly elementIds: readonly string[];
  readonly owner: PersonRef;
  readonly dueDate: string;
  readonly status: PlanAction['status'];
  readonly hours: number | null;
  readonly budgetEur: number | null;
};

const ACTION_DATA: readonly ActionData[] = [
  {
    objectiveId: 'oo-1',
    title: 'Dilemmakaarten ontwikkelen voor de interventieploegen',
    description:
      'Een set van twintig herkenbare dilemma’s uit de interventiepraktijk, met gespreksvragen.',
    elementIds: ['ins.guide.training.dilemma-training', 'ins.determine.needs.dilemma-analysis'],
    owner: INTEGRITY_OFFICER,
    dueDate: '2026-03-31',
    status: 'done',
    hours: 40,
    budgetEur: 1500,
  },
  {
    objectiveId: 'oo-1',
    title: 'Vier dilemmatrainers opleiden',
    description: 'Vier medewerkers volgen de opleiding tot dilemmatrainer bij de politieschool.',
    elementIds: ['str.horizontal.integrity-coaches', 'ins.guide.training.dilemma-training'],
    owner: INTEGRITY_OFFICER,
    dueDate: '2026-12-15',
    status: 'in-progress',
    hours: 64,
    budgetEur: 3200.5,
  },
  {
    objectiveId: 'oo-1',
    title: 'Integriteit als vast agendapunt in het maandelijkse teamoverleg',
    description:
      'Elke teamleider plant maandelijks tien minuten voor een integriteitsvraag of casus.',
    elementIds: ['ins.guide.communication.briefings', 'ins.guide.coaching.integrity-consultation'],
    owner: COMMANDER,
    dueDate: '2026-06-30',
    status: 'in-progress',
    hours: 12,
    budgetEur: null,
  },
  {
    objectiveId: 'oo-2',
    title: 'Opleiding ethisch leiderschap voor officieren en middenkader',
    description: 'Tweedaagse opleiding in drie sessies, met intervisie na zes maanden.',
    elementIds: ['ins.guide.training.ethical-leadership'],
    owner: COMMANDER,
    dueDate: '2027-03-31',
    status: 'planned',
    hours: 120,
    budgetEur: 8500,
  },
  {
    objectiveId: 'oo-2',
    title: 'Integriteit bespreken in elk functioneringsgesprek',
    description:
      'Het gespreksformulier krijgt een vaste vraag over integriteit en voorbeeldgedrag.',
    elementIds: [
      'ins.determine.structural.appraisal',
      'str.leaders.appraisal-cycle',
      'str.horizontal.hrm',
    ],
    owner: INTEGRITY_OFFICER,
    dueDate: '2027-06-30',
    status: 'planned',
    hours: 16,
    budgetEur: null,
  },
  {
    objectiveId: 'oo-2',
    title: 'Voorbeeldgedrag van leidinggevenden opnemen in het opdrachtenkader',
    description:
      'Het opdrachtenkader van elke leidinggevende vermeldt de voorbeeldfunctie uitdrukkelijk.',
    elementIds: ['ins.determine.structural.exemplary-conduct', 'str.leaders.exemplary-role'],
    owner: COMMANDER,
    dueDate: '2026-04-30',
    status: 'done',
    hours: 8,
    budgetEur: null,
  },
  {
    objectiveId: 'oo-3',
    title: 'Sensibiliseringscampagne “Consulteer enkel wat je nodig hebt”',
    description: 'Affiches, intranetberichten en een korte video bij de inlogschermen.',
    elementIds: [
      'ins.guide.training.awareness-campaigns',
      'ins.determine.structural.information-protection',
    ],
    owner: INTEGRITY_OFFICER,
    dueDate: '2026-05-31',
    status: 'done',
    hours: 24,
    budgetEur: 900.25,
  },
  {
    objectiveId: 'oo-3',
    title: 'Loggingrapporten ANG maandelijks laten analyseren door de DIT',
    description:
      'De DIT ontvangt maandelijks de loggingrapporten en analyseert opvallende patronen.',
    elementIds: ['ins.monitor.active.database-logging', 'ins.monitor.active.data-registration'],
    owner: DIT_CHIEF,
    dueDate: '2026-12-31',
    status: 'in-progress',
    hours: 96,
    budgetEur: null,
  },
  {
    objectiveId: 'oo-3',
    title: 'Procedure bij vastgestelde onrechtmatige consultatie herzien',
    description:
      'Duidelijke stappen van vaststelling tot tuchtrechtelijke of strafrechtelijke opvolging.',
    elementIds: ['ins.enforce.formal.disciplinary-procedure', 'ins.guide.communication.reactions'],
    owner: INTEGRITY_OFFICER,
    dueDate: '2026-10-31',
    status: 'planned',
    hours: 20,
    budgetEur: null,
  },
  {
    objectiveId: 'oo-3',
    title: 'Externe audit van het databankgebruik',
    description: 'Vervangen door de maandelijkse steekproef van de DIT (doelstelling OD 2.2).',
    elementIds: ['ins.monitor.active.spot-checks'],
    owner: COMMANDER,
    dueDate: '2026-09-30',
    status: 'cancelled',
    hours: 40,
    budgetEur: 12000,
  },
  {
    objectiveId: 'oo-4',
    title: 'Steekproefmethode vastleggen met de informatieveiligheidsconsulent',
    description: 'Methode, steekproefgrootte en registratie van de controles worden vastgelegd.',
    elementIds: ['ins.monitor.active.spot-checks', 'str.horizontal.ict-information-security'],
    owner: DIT_CHIEF,
    dueDate: '2026-02-28',
    status: 'done',
    hours: 16,
    budgetEur: null,
  },
  {
    objectiveId: 'oo-4',
    title: 'Maandelijkse steekproef uitvoeren en rapporteren aan het directiecomité',
    description: 'Resultaten worden per kwartaal besproken in het directiecomité.',
    elementIds: ['ins.monitor.active.spot-checks', 'str.horizontal.management-committee'],
    owner: DIT_CHIEF,
    dueDate: '2026-12-31',
    status: 'in-progress',
    hours: 48,
    budgetEur: 0,
  },
  {
    objectiveId: 'oo-4',
    title: 'Teams informeren over de resultaten van de steekproeven',
    description: 'Geanonimiseerde resultaten en lessen worden gedeeld in het teamoverleg.',
    elementIds: ['ins.enforce.informal.peer-feedback', 'ins.guide.communication.internal'],
    owner: INTEGRITY_OFFICER,
    dueDate: '2027-01-31',
    status: 'postponed',
    hours: 6,
    budgetEur: 250,
  },
];

export const DEMO_ACTIONS: readonly PlanAction[] = ACTION_DATA.map((a, index) => ({
  id: `action-${String(index + 1).padStart(2, '0')}`,
  planId: DEMO_PLAN_ID,
  ...a,
}));

export const DEMO_ARRANGEMENTS: readonly PlanArrangement[] = [
  {
    kind: 'actor',
    id: 'arr-actor-1',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-3',
    actor: 'Dienst integriteitsbewaking en toezicht (DIT)',
    role: 'Analyseert loggings en meldingen',
    responsibilities:
      'Maandelijkse analyse van de loggingrapporten; advies aan de korpschef bij vermoedens van misbruik.',
    formalReactions:
      'Bij een vastgestelde onrechtmatige consultatie: verslag aan de korpschef, die de tuchtoverheid vat; bij een strafbaar feit aangifte bij de procureur des Konings.',
  },
  {
    kind: 'actor',
    id: 'arr-actor-2',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-1',
    actor: 'Dilemmatrainers',
    role: 'Begeleiden de dilemmagesprekken',
    responsibilities:
      'Plannen en begeleiden de gesprekken per team; houden een anonieme registratie bij.',
    formalReactions:
      'Geen: de gesprekken zijn een veilige ruimte; vermoedens van schendingen gaan naar de integriteitscoördinator.',
  },
  {
    kind: 'actor',
    id: 'arr-actor-3',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-2',
    actor: 'Dienst personeel (HRM)',
    role: 'Past het gespreksformulier aan',
    responsibilities:
      'Neemt integriteit op in de functioneringsgesprekken en volgt de opleidingen op.',
    formalReactions:
      'Leidinggevenden spreken medewerkers aan op gedrag; ernstige feiten gaan naar de korpschef.',
  },
  {
    kind: 'monitoring',
    id: 'arr-mon-1',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-4',
    mode: 'active',
    how: 'Steekproef van 5 % van de consultaties, getoetst aan het registratienummer van de opdracht.',
    byWhom: 'DIT',
    frequency: 'monthly',
  },
  {
    kind: 'monitoring',
    id: 'arr-mon-2',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-3',
    mode: 'passive',
    how: 'Klachten via de zone, de AIG en het Comité P worden geregistreerd en per kwartaal geanalyseerd.',
    byWhom: 'Integriteitscoördinator',
    frequency: 'quarterly',
  },
  {
    kind: 'monitoring',
    id: 'arr-mon-3',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-1',
    mode: 'both',
    how: 'Registratie van de gesprekken per team; korte bevraging na elk gesprek.',
    byWhom: 'Dilemmatrainers',
    frequency: 'half-yearly',
  },
  {
    kind: 'evaluation',
    id: 'arr-eval-2',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-3',
    who: 'Integriteitscoördinator en DIT',
    how: 'Vergelijking van het aantal klachten met 2025.',
    what: 'Evolutie van de klachten en de loggingrapporten.',
    when: '2027-01-31',
    frequency: 'yearly',
  },
  {
    kind: 'evaluation',
    id: 'arr-eval-1',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-1',
    who: 'Directiecomité met de integriteitscoördinator',
    how: 'Bespreking van de maturiteitsmeting en de indicatoren van alle doelstellingen.',
    what: 'Voortgang van de acties, evolutie van de maturiteit per pijler, bijsturing van het plan.',
    when: '2026-12-15',
    frequency: 'yearly',
  },
  {
    kind: 'evaluation',
    id: 'arr-eval-3',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-4',
    who: 'DIT',
    how: 'Rapport aan het directiecomité.',
    what: 'Resultaten van de steekproeven en genomen maatregelen.',
    when: '2026-06-30',
    frequency: 'half-yearly',
  },
  {
    kind: 'communication',
    id: 'arr-com-1',
    planId: DEMO_PLAN_ID,
    objectiveId: null,
    direction: 'internal',
    audience: 'Alle medewerkers van PZ Demo',
    means: 'Intranetpagina integriteit, maandelijkse briefings, nieuwsbrief van de korpschef.',
    cautions:
      'Geen namen of herkenbare feiten uit lopende tucht- of strafonderzoeken; het geheim van het onderzoek en de privacy van betrokkenen gaan voor.',
  },
  {
    kind: 'communication',
    id: 'arr-com-2',
    planId: DEMO_PLAN_ID,
    objectiveId: null,
    direction: 'external',
    audience: 'Politieraad en burgers',
    means: 'Hoofdstuk integriteit in het jaarverslag van de zone.',
    cautions: 'Enkel geaggregeerde cijfers.',
  },
  {
    kind: 'communication',
    id: 'arr-com-3',
    planId: DEMO_PLAN_ID,
    objectiveId: 'oo-3',
    direction: 'internal',
    audience: 'Gebruikers van ANG en DIV',
    means: 'Melding bij het inloggen en jaarlijkse herinnering per e-mail.',
    cautions: 'Geen individuele resultaten van controles.',
  },
];

export const DEMO_BUNDLE: PlanBundle = {
  plan: DEMO_PLAN,
  strategicObjectives: DEMO_STRATEGIC,
  objectives: DEMO_OBJECTIVES,
  actions: DEMO_ACTIONS,
  arrangements: DEMO_ARRANGEMENTS,
};

// ---------------------------------------------------------------------------------------------
// Measurements

/** A stable number in [0, 1) per text (FNV-1a), so the ratings are the same on every run. */
export function stableUnit(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

function unwrap<T, E>(result: Result<T, E>): T {
  if (!result.ok) throw new Error(`Fixture step failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Elements the zone does not run itself. */
const NOT_APPLICABLE = new Set(['pro.planning-cycle.nvp', 'str.supralocal.coc']);

function baselineValue(elementId: string): RatingValue {
  if (NOT_APPLICABLE.has(elementId)) return 'not-applicable';
  const r = stableUnit(`baseline:${elementId}`);
  return r < 0.3 ? 1 : r < 0.68 ? 2 : r < 0.92 ? 3 : 4;
}

function evidenceNote(value: RatingValue): string {
  switch (value) {
    case 2:
      return 'Beslist en vastgelegd in de nota van het directiecomité, nog niet toegepast.';
    case 3:
      return 'Wordt toegepast en is gecommuniceerd; registraties beschikbaar.';
    case 4:
    case 5:
      return 'Opgevolgd met indicatoren; rapportering aan het directiecomité.';
    default:
      return '';
  }
}

function evidenceLinks(value: RatingValue): string[] {
  if (value === 2)
    return ['https://intranet.pz-demo.example/integriteit/beslissing-dc-2025-12.pdf'];
  if (value === 3 || value === 4 || value === 5) {
    return [
      'https://intranet.pz-demo.example/integriteit/beslissing-dc-2025-12.pdf',
      'https://intranet.pz-demo.example/integriteit/registraties-2025.xlsx',
    ];
  }
  return [];
}

const TARGETED = new Set(DEMO_OBJECTIVES.flatMap((o) => o.elementIds));

function rateAll(
  measurement: Measurement,
  catalogue: readonly CatalogueElement[],
  valueOf: (element: CatalogueElement) => RatingValue | null,
  idPrefix: string,
): Rating[] {
  const ratings: Rating[] = [];
  catalogue.forEach((element, index) => {
    const value = valueOf(element);
    if (value === null) return;
    const target: MaturityLevel | null = TARGETED.has(element.id) ? 4 : null;
    ratings.push(
      unwrap(
        rateElement(
          measurement,
          ratings,
          {
            ratingId: `${idPrefix}-${String(index + 1).padStart(3, '0')}`,
            elementId: element.id,
            value,
            target,
            evidenceNote: evidenceNote(value),
            evidenceLinks: evidenceLinks(value),
            rater: INTEGRITY_OFFICER,
          },
          catalogue,
        ),
      ),
    );
  });
  return ratings;
}

const baselineOpen = unwrap(
  startMeasurement({
    id: 'm-baseline-2026',
    entityId: ENTITY_ID,
    planId: DEMO_PLAN_ID,
    kind: 'baseline',
    date: '2026-01-20',
    mode: 'single',
    existing: [],
  }),
);
const BASELINE_RATINGS = rateAll(baselineOpen, CATALOGUE, (e) => baselineValue(e.id), 'r-base');
export const DEMO_BASELINE: Measurement = unwrap(
  lockMeasurement(baselineOpen, BASELINE_RATINGS, COMMANDER, '2026-02-10T14:30:00Z', CATALOGUE),
);

export const DEMO_ANNUAL: Measurement = unwrap(
  startMeasurement({
    id: 'm-annual-2026',
    entityId: ENTITY_ID,
    planId: DEMO_PLAN_ID,
    kind: 'annual',
    date: '2026-11-16',
    mode: 'single',
    existing: [DEMO_BASELINE],
  }),
);

/** Elements the plan works on moved up a level, a few others too; every tenth one is not rated yet. */
const ANNUAL_RATINGS = rateAll(
  DEMO_ANNUAL,
  CATALOGUE,
  (element) => {
    if (stableUnit(`annual-skip:${element.id}`) < 0.1) return null;
    const before = baselineValue(element.id);
    if (typeof before !== 'number') return before;
    const improved = TARGETED.has(element.id) || stableUnit(`annual:${element.id}`) < 0.2;
    return Math.min(5, before + (improved ? 1 : 0)) as MaturityLevel;
  },
  'r-annual',
);

export const DEMO_MEASUREMENTS: readonly Measurement[] = [DEMO_BASELINE, DEMO_ANNUAL];
export const DEMO_RATINGS: readonly Rating[] = [...BASELINE_RATINGS, ...ANNUAL_RATINGS];

function sha256Of(seed: string): string {
  // Not a real digest: 64 stable hex digits, enough to check that the export copies them.
  let hex = '';
  for (let i = 0; hex.length < 64; i += 1) {
    hex += Math.floor(stableUnit(`${seed}:${i}`) * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  }
  return hex.slice(0, 64);
}

/** One decision document and, for applied levels, a registration file per rated element. */
export const DEMO_EVIDENCE: readonly EvidenceFile[] = DEMO_RATINGS.flatMap((rating) =>
  rating.evidenceLinks.map((url, index) => ({
    ratingId: rating.id,
    fileName: url.slice(url.lastIndexOf('/') + 1),
    url,
    sha256: sha256Of(`${rating.id}:${index}`),
    modifiedAt: index === 0 ? '2025-12-18T16:02:11Z' : '2026-01-15T08:45:00Z',
  })),
);

export const DEMO_CHANGE_LOG: readonly ChangeLogEntry[] = [
  {
    at: '2026-01-12T10:05:00Z',
    by: COMMANDER,
    item: `IntegrityPlans/${DEMO_PLAN_ID}`,
    field: 'PlanStatus',
    from: 'draft',
    to: 'adopted',
  },
  {
    at: '2026-02-10T14:30:00Z',
    by: COMMANDER,
    item: 'IntegrityMeasurements/m-baseline-2026',
    field: 'MeasurementStatus',
    from: 'open',
    to: 'locked',
  },
  {
    at: '2026-10-01T07:45:00Z',
    by: DIT_CHIEF,
    item: 'IntegrityObjectives/oo-4',
    field: 'CurrentValue',
    from: 2,
    to: 3,
  },
  {
    at: '2026-03-15T13:30:00Z',
    by: INTEGRITY_OFFICER,
    item: 'IntegrityActions/action-01',
    field: 'ActionStatus',
    from: 'planned',
    to: 'done',
  },
  {
    at: '2026-09-01T09:00:00Z',
    by: COMMANDER,
    item: 'IntegrityActions/action-10',
    field: 'Description',
    from: 'Een externe auditor controleert het databankgebruik, "steekproefsgewijs", 2 keer.',
    to: 'Vervangen door de maandelijkse steekproef van de DIT (doelstelling OD 2.2).',
  },
];

export const DEMO_GENERATED_AT: IsoDateTime = '2026-11-20T09:30:00+01:00';
