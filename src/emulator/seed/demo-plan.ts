import { PERSONA_PROFILES, type Persona } from '../auth/personas';
import type { FieldValues, ItemRecord } from '../store/model';
import { ref, type SeedWriter } from './seed-writer';

/** The demo entity every seeded row belongs to. */
export const DEMO_ENTITY_ID = 'pz-demo';

/** A dateOnly value the way the Graph mappers write it (m365 contract: `YYYY-MM-DDT00:00:00Z`). */
export function day(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/** An owner as the manifest's `<X>Name` / `<X>Email` / `<X>Id` text triple. */
export function owner(
  prefix: string,
  who: Persona | { name: string; email: string; id: string },
): FieldValues {
  if (typeof who === 'string') {
    const p = PERSONA_PROFILES[who];
    return {
      [`${prefix}Name`]: p.displayName,
      [`${prefix}Email`]: p.email,
      [`${prefix}Id`]: p.oid,
    };
  }
  return { [`${prefix}Name`]: who.name, [`${prefix}Email`]: who.email, [`${prefix}Id`]: who.id };
}

/** The zone's DIT chief: an owner who is not one of the sign-in personas. */
const DIT_CHIEF = {
  name: 'Peter De Smet',
  email: 'peter.desmet@pz-demo.example',
  id: '2b8c4d6e-5f7a-4b9c-8d0e-6f7a8b9c0d1e',
};

function lines(...values: string[]): string {
  return values.join('\n');
}

export type DemoPlan = {
  readonly plan: ItemRecord;
  readonly strategic: readonly ItemRecord[];
  readonly operational: readonly ItemRecord[];
  readonly actions: readonly ItemRecord[];
};

/** Child rows carry the entity id where the manifest has the column (one indexed filter per load). */
export function entityScoped(
  writer: SeedWriter,
  listName: string,
  fields: FieldValues,
): FieldValues {
  return writer.hasColumn(listName, 'EntityId') ? { EntityId: DEMO_ENTITY_ID, ...fields } : fields;
}

/**
 * The adopted integrity policy plan of PZ Demo for 2026–2029: drafted by the integrity officer,
 * adopted by the commander, with 2 strategic and 4 SMART operational objectives and 12 actions.
 */
export function seedDemoPlan(writer: SeedWriter): DemoPlan {
  const draft = writer.create(
    'IntegrityPlans',
    {
      Title: 'Integriteitsbeleidsplan PZ Demo 2026-2029',
      EntityId: DEMO_ENTITY_ID,
      PlanStatus: 'draft',
      EntityName: 'PZ Demo',
      PeriodStart: day('2026-01-01'),
      PeriodEnd: day('2029-12-31'),
      MandateHolderLastName: 'Janssens',
      MandateHolderFirstName: 'Marc',
      MandateHolderGrade: 'Hoofdcommissaris van politie, korpschef',
      Ambition:
        'Tegen eind 2029 is integriteit in PZ Demo geen apart thema meer, maar een vanzelfsprekend onderdeel van elk teamoverleg, elke beslissing en elke evaluatie. Medewerkers durven dilemma’s open te bespreken en leidinggevenden geven daarin het voorbeeld.',
      CoreValues:
        'Onze kernwaarden zijn respect, betrouwbaarheid, loyauteit en openheid. Ze steunen op de deontologische code van de politiediensten (KB 10 mei 2006) en op de korpsspecifieke leidraad die in 2024 werd opgesteld.',
      Needs:
        'De bevraging van 2025 toont dat slechts een op de drie medewerkers een integriteitsdilemma met de eigen leidinggevende zou bespreken. Het aantal klachten over onrechtmatige consultatie van politionele databanken steeg drie jaar op rij.',
      VulnerableProcesses:
        'Consultatie van politionele databanken (ANG, DIV, Rijksregister), beheer van in beslag genomen goederen, contacten met informanten, nevenactiviteiten en het aanvaarden van geschenken.',
      Recommendations:
        'De AIG beval in haar doorlichting van 2024 aan om de controle op databankconsultaties te systematiseren en leidinggevenden op te leiden in ethisch leiderschap.',
    },
    'integrity-officer',
    '2025-11-10T14:12:00Z',
  );
  const plan = writer.update(
    'IntegrityPlans',
    draft,
    { PlanStatus: 'adopted', AdoptedOn: day('2026-01-12') },
    'commander',
    '2026-01-12T10:05:00Z',
  );
  const planRef = ref(plan);

  const strategicData: { title: string; description: string; elements: string[] }[] = [
    {
      title: 'Een open gesprekscultuur over integriteit',
      description:
        'Medewerkers en leidinggevenden bespreken integriteitsvragen en dilemma’s open en zonder angst, in teamoverleg, in coaching en in de dagelijkse werking.',
      elements: [
        'str.leaders.open-dialogue',
        'ins.guide.training.dilemma-training',
        'ins.guide.coaching.integrity-consultation',
      ],
    },
    {
      title: 'Een zorgvuldige omgang met politionele informatie',
      description:
        'Politionele informatie wordt enkel geconsulteerd en gedeeld wanneer de opdracht dat vereist; afwijkingen worden opgespoord en bijgestuurd.',
      elements: [
        'ins.determine.structural.information-protection',
        'ins.monitor.active.database-logging',
      ],
    },
  ];
  const strategic = strategicData.map((s, index) =>
    writer.create(
      'IntegrityObjectives',
      entityScoped(writer, 'IntegrityObjectives', {
        Title: s.title,
        PlanRef: planRef,
        ObjectiveLevel: 'strategic',
        Description: s.description,
        ElementIds: lines(...s.elements),
        SortOrder: index + 1,
        ...owner('Owner', 'commander'),
      }),
      'integrity-officer',
      `2025-11-12T09:${String(10 + index).padStart(2, '0')}:00Z`,
    ),
  );
  const [s1, s2] = strategic as [ItemRecord, ItemRecord];

  const operationalData: {
    parent: ItemRecord;
    title: string;
    description: string;
    indicator: string;
    unit: string;
    baseline: number;
    target: number;
    current: number;
    updatedOn: string;
    deadline: string;
    owner: Persona | typeof DIT_CHIEF;
    elements: string[];
  }[] = [
    {
      parent: s1,
      title: 'Elk team voert minstens twee dilemmagesprekken per jaar',
      description:
        'Alle interventie-, wijk- en recherche-teams bespreken minstens twee keer per jaar een integriteitsdilemma onder begeleiding van een dilemmatrainer.',
      indicator: 'Aandeel teams met minstens twee dilemmagesprekken per jaar',
      unit: '%',
      baseline: 20,
      target: 90,
      current: 45,
      updatedOn: '2026-10-01',
      deadline: '2027-12-31',
      owner: 'integrity-officer',
      elements: [
        'ins.guide.training.dilemma-training',
        'ins.guide.coaching.integrity-consultation',
        'ins.guide.communication.briefings',
      ],
    },
    {
      parent: s1,
      title: 'Alle leidinggevenden volgen de opleiding ethisch leiderschap',
      description:
        'Elke officier en elk lid van het middenkader volgt tegen midden 2027 de tweedaagse opleiding ethisch leiderschap.',
      indicator: 'Aandeel leidinggevenden dat de opleiding ethisch leiderschap volgde',
      unit: '%',
      baseline: 10,
      target: 100,
      current: 35,
      updatedOn: '2026-09-15',
      deadline: '2027-06-30',
      owner: 'commander',
      elements: ['ins.guide.training.ethical-leadership', 'str.leaders.exemplary-role'],
    },
    {
      parent: s2,
      title: '-10 % klachten over onrechtmatige consultatie van databanken tegen eind 2027',
      description:
        'Het aantal klachten en meldingen over onrechtmatige consultatie van politionele databanken daalt met 10 % ten opzichte van 2025.',
      indicator: 'Aantal klachten over onrechtmatige consultatie van databanken per jaar',
      unit: 'klachten per jaar',
      baseline: 20,
      target: 18,
      current: 19,
      updatedOn: '2026-07-01',
      deadline: '2027-12-31',
      owner: 'integrity-officer',
      elements: [
        'ins.monitor.active.database-logging',
        'ins.determine.structural.information-protection',
        'ins.monitor.passive.complaints-system',
      ],
    },
    {
      parent: s2,
      title: 'Maandelijkse steekproefcontrole op 5 % van de databankconsultaties',
      description:
        'De DIT controleert elke maand een steekproef van 5 % van de consultaties op een geldige reden en rapporteert aan het directiecomité.',
      indicator: 'Aandeel maandelijks gecontroleerde databankconsultaties',
      unit: '%',
      baseline: 0,
      target: 5,
      current: 2,
      updatedOn: '2026-06-30',
      deadline: '2026-12-31',
      owner: DIT_CHIEF,
      elements: [
        'ins.monitor.active.spot-checks',
        'str.horizontal.dit',
        'str.horizontal.management-committee',
      ],
    },
  ];
  const operational = operationalData.map((o, index) =>
    writer.create(
      'IntegrityObjectives',
      entityScoped(writer, 'IntegrityObjectives', {
        Title: o.title,
        PlanRef: planRef,
        ObjectiveLevel: 'operational',
        ParentRef: ref(o.parent),
        Description: o.description,
        Indicator: o.indicator,
        IndicatorUnit: o.unit,
        BaselineValue: o.baseline,
        TargetValue: o.target,
        CurrentValue: o.current,
        IndicatorUpdatedOn: day(o.updatedOn),
        Deadline: day(o.deadline),
        ElementIds: lines(...o.elements),
        SortOrder: index + 1,
        ...owner('Owner', o.owner),
      }),
      'integrity-officer',
      `2025-11-12T10:${String(10 + index).padStart(2, '0')}:00Z`,
    ),
  );
  const [o1, o2, o3, o4] = operational as [ItemRecord, ItemRecord, ItemRecord, ItemRecord];

  const actionData: {
    objective: ItemRecord;
    title: string;
    description: string;
    elements: string[];
    owner: Persona | typeof DIT_CHIEF;
    due: string;
    status: string;
    hours?: number;
    budget?: number;
  }[] = [
    {
      objective: o1,
      title: 'Dilemmakaarten ontwikkelen voor de interventieploegen',
      description:
        'Een set van twintig herkenbare dilemma’s uit de interventiepraktijk, met gespreksvragen.',
      elements: ['ins.guide.training.dilemma-training', 'ins.determine.needs.dilemma-analysis'],
      owner: 'integrity-officer',
      due: '2026-03-31',
      status: 'done',
      hours: 40,
      budget: 1500,
    },
    {
      objective: o1,
      title: 'Vier dilemmatrainers opleiden',
      description: 'Vier medewerkers volgen de opleiding tot dilemmatrainer bij de politieschool.',
      elements: ['str.horizontal.integrity-coaches', 'ins.guide.training.dilemma-training'],
      owner: 'integrity-officer',
      due: '2026-12-15',
      status: 'in-progress',
      hours: 64,
      budget: 3200,
    },
    {
      objective: o1,
      title: 'Integriteit als vast agendapunt in het maandelijkse teamoverleg',
      description:
        'Elke teamleider plant maandelijks tien minuten voor een integriteitsvraag of casus.',
      elements: ['ins.guide.communication.briefings', 'ins.guide.coaching.integrity-consultation'],
      owner: 'commander',
      due: '2026-06-30',
      status: 'in-progress',
      hours: 12,
    },
    {
      objective: o2,
      title: 'Opleiding ethisch leiderschap voor officieren en middenkader',
      description: 'Tweedaagse opleiding in drie sessies, met intervisie na zes maanden.',
      elements: ['ins.guide.training.ethical-leadership'],
      owner: 'commander',
      due: '2027-03-31',
      status: 'planned',
      hours: 120,
      budget: 8500,
    },
    {
      objective: o2,
      title: 'Integriteit bespreken in elk functioneringsgesprek',
      description:
        'Het gespreksformulier krijgt een vaste vraag over integriteit en voorbeeldgedrag.',
      elements: [
        'ins.determine.structural.appraisal',
        'str.leaders.appraisal-cycle',
        'str.horizontal.hrm',
      ],
      owner: 'integrity-officer',
      due: '2027-06-30',
      status: 'planned',
      hours: 16,
    },
    {
      objective: o2,
      title: 'Voorbeeldgedrag van leidinggevenden opnemen in het opdrachtenkader',
      description:
        'Het opdrachtenkader van elke leidinggevende vermeldt de voorbeeldfunctie uitdrukkelijk.',
      elements: ['ins.determine.structural.exemplary-conduct', 'str.leaders.exemplary-role'],
      owner: 'commander',
      due: '2026-04-30',
      status: 'done',
      hours: 8,
    },
    {
      objective: o3,
      title: 'Sensibiliseringscampagne “Consulteer enkel wat je nodig hebt”',
      description: 'Affiches, intranetberichten en een korte video bij de inlogschermen.',
      elements: [
        'ins.guide.training.awareness-campaigns',
        'ins.determine.structural.information-protection',
      ],
      owner: 'integrity-officer',
      due: '2026-05-31',
      status: 'done',
      hours: 24,
      budget: 900,
    },
    {
      objective: o3,
      title: 'Loggingrapporten ANG maandelijks laten analyseren door de DIT',
      description:
        'De DIT ontvangt maandelijks de loggingrapporten en analyseert opvallende patronen.',
      elements: ['ins.monitor.active.database-logging', 'ins.monitor.active.data-registration'],
      owner: DIT_CHIEF,
      due: '2026-12-31',
      status: 'in-progress',
      hours: 96,
    },
    {
      objective: o3,
      title: 'Procedure bij vastgestelde onrechtmatige consultatie herzien',
      description:
        'Duidelijke stappen van vaststelling tot tuchtrechtelijke of strafrechtelijke opvolging.',
      elements: ['ins.enforce.formal.disciplinary-procedure', 'ins.guide.communication.reactions'],
      owner: 'integrity-officer',
      due: '2026-10-31',
      status: 'planned',
      hours: 20,
    },
    {
      objective: o4,
      title: 'Steekproefmethode vastleggen met de informatieveiligheidsconsulent',
      description: 'Methode, steekproefgrootte en registratie van de controles worden vastgelegd.',
      elements: ['ins.monitor.active.spot-checks', 'str.horizontal.ict-information-security'],
      owner: DIT_CHIEF,
      due: '2026-02-28',
      status: 'done',
      hours: 16,
    },
    {
      objective: o4,
      title: 'Maandelijkse steekproef uitvoeren en rapporteren aan het directiecomité',
      description: 'Resultaten worden per kwartaal besproken in het directiecomité.',
      elements: ['ins.monitor.active.spot-checks', 'str.horizontal.management-committee'],
      owner: DIT_CHIEF,
      due: '2026-12-31',
      status: 'in-progress',
      hours: 48,
    },
    {
      objective: o4,
      title: 'Teams informeren over de resultaten van de steekproeven',
      description: 'Geanonimiseerde resultaten en lessen worden gedeeld in het teamoverleg.',
      elements: ['ins.enforce.informal.peer-feedback', 'ins.guide.communication.internal'],
      owner: 'integrity-officer',
      due: '2027-01-31',
      status: 'postponed',
      hours: 6,
    },
  ];
  const actions = actionData.map((a, index) => {
    const created = writer.create(
      'IntegrityActions',
      entityScoped(writer, 'IntegrityActions', {
        Title: a.title,
        PlanRef: planRef,
        ObjectiveRef: ref(a.objective),
        Description: a.description,
        ElementIds: lines(...a.elements),
        DueDate: day(a.due),
        ActionStatus: 'planned',
        ...(a.hours !== undefined ? { Hours: a.hours } : {}),
        ...(a.budget !== undefined ? { BudgetEur: a.budget } : {}),
        ...owner('Owner', a.owner),
      }),
      'integrity-officer',
      `2025-11-13T${String(9 + Math.floor(index / 6)).padStart(2, '0')}:${String((index % 6) * 10).padStart(2, '0')}:00Z`,
    );
    // Progress is recorded later in the year, so these rows have a version history.
    return a.status === 'planned'
      ? created
      : writer.update(
          'IntegrityActions',
          created,
          { ActionStatus: a.status },
          'integrity-officer',
          `2026-${String(3 + (index % 8)).padStart(2, '0')}-15T13:30:00Z`,
        );
  });

  // The DIT chief typed a newer indicator date into SharePoint's own form: stored at local midnight.
  writer.update(
    'IntegrityObjectives',
    o4,
    { IndicatorUpdatedOn: writer.formDate('2026-10-01'), CurrentValue: 3 },
    'hand-edit',
    '2026-10-01T07:45:00Z',
  );

  return { plan, strategic, operational, actions };
}

/** Sections 4 to 7 of the model plan for PZ Demo. */
export function seedDemoArrangements(writer: SeedWriter, demo: DemoPlan): void {
  const planRef = ref(demo.plan);
  const [, , o3, o4] = demo.operational as [ItemRecord, ItemRecord, ItemRecord, ItemRecord];
  const rows: FieldValues[] = [
    {
      Title: 'DIT – opvolging databankconsultaties',
      ObjectiveRef: ref(o3),
      ArrangementKind: 'actor',
      Actor: 'Dienst integriteitsbewaking en toezicht (DIT)',
      ActorRole: 'Analyseert loggings en meldingen',
      Responsibilities:
        'Maandelijkse analyse van de loggingrapporten; advies aan de korpschef bij vermoedens van misbruik.',
      FormalReactions:
        'Bij een vastgestelde onrechtmatige consultatie: verslag aan de korpschef, die de tuchtoverheid vat; bij een strafbaar feit aangifte bij de procureur des Konings.',
    },
    {
      Title: 'Actieve monitoring: maandelijkse steekproef',
      ObjectiveRef: ref(o4),
      ArrangementKind: 'monitoring',
      MonitoringMode: 'active',
      How: 'Steekproef van 5 % van de consultaties, getoetst aan het registratienummer van de opdracht.',
      ByWhom: 'DIT',
      Frequency: 'monthly',
    },
    {
      Title: 'Passieve monitoring: klachten en meldingen',
      ObjectiveRef: ref(o3),
      ArrangementKind: 'monitoring',
      MonitoringMode: 'passive',
      How: 'Klachten via de zone, de AIG en het Comité P worden geregistreerd en per kwartaal geanalyseerd.',
      ByWhom: 'Integriteitscoördinator',
      Frequency: 'quarterly',
    },
    {
      Title: 'Jaarlijkse evaluatie door het directiecomité',
      ArrangementKind: 'evaluation',
      Who: 'Directiecomité met de integriteitscoördinator',
      How: 'Bespreking van de maturiteitsmeting en de indicatoren van alle doelstellingen.',
      What: 'Voortgang van de acties, evolutie van de maturiteit per pijler, bijsturing van het plan.',
      EvaluationDate: day('2026-12-15'),
      Frequency: 'yearly',
    },
    {
      Title: 'Interne communicatie: intranet en briefings',
      ArrangementKind: 'communication',
      Direction: 'internal',
      Audience: 'Alle medewerkers van PZ Demo',
      Means: 'Intranetpagina integriteit, maandelijkse briefings, nieuwsbrief van de korpschef.',
      Cautions:
        'Geen namen of herkenbare feiten uit lopende tucht- of strafonderzoeken; het geheim van het onderzoek en de privacy van betrokkenen gaan voor.',
    },
    {
      Title: 'Externe communicatie: jaarverslag',
      ArrangementKind: 'communication',
      Direction: 'external',
      Audience: 'Politieraad en burgers',
      Means: 'Hoofdstuk integriteit in het jaarverslag van de zone.',
      Cautions: 'Enkel geaggregeerde cijfers.',
    },
  ];
  rows.forEach((row, index) => {
    writer.create(
      'IntegrityArrangements',
      entityScoped(writer, 'IntegrityArrangements', { PlanRef: planRef, ...row }),
      'integrity-officer',
      `2025-11-14T10:${String(index * 5).padStart(2, '0')}:00Z`,
    );
  });
}
