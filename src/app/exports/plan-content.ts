import type { CatalogueElement, ElementId } from '../../core/catalogue/catalogue.types';
import { computeBalance } from '../../core/diagnostics/balance';
import {
  IDENTIFICATION_FIELD_LABELS,
  PLAN_STATUS_LABELS,
  SMART_LABELS,
  SMART_WARNING_TEXTS,
} from '../../core/plan/plan.labels';
import type {
  OperationalObjective,
  PlanAction,
  PlanArrangement,
  PlanBundle,
  StrategicObjective,
} from '../../core/plan/plan.types';
import { checkSmart } from '../../core/plan/smart-check';
import type { SmartCheck, SmartWarning } from '../../core/plan/smart-check';
import type { IsoDateTime } from '../../core/shared/dates';
import type { Locale } from '../../core/shared/locale';
import {
  ACTION_STATUS_LABELS,
  APPROACH_LABELS,
  FREQUENCY_LABELS,
  FUNCTION_LABELS,
  LAYER_LABELS,
  MONITORING_MODE_LABELS,
  PILLAR_LABELS,
  PLAN_DOCUMENT_LABELS,
  PLAN_SECTION_TITLES,
  PLAN_SECTIONS,
} from './export-labels';
import type { PlanSection } from './export-labels';
import {
  EMPTY_VALUE,
  formatDate,
  formatDateTime,
  formatEur,
  formatMessage,
  formatNumber,
  formatShare,
  formatShortDate,
  intlLocale,
  personName,
  sumEur,
  sumHours,
  textOrEmpty,
} from './export-format';

/*
 * The plan document as neutral content: what is printed, in which order, in the reader's
 * language, with every number and date already formatted. The DOCX and the PDF renderers only
 * lay this out, so both documents carry the same content in the same order by construction.
 * Every text from the plan stays a plain string here; renderers put it into text runs.
 */

/** One line of a table cell; each part is its own paragraph. */
export type CellPart = {
  readonly text: string;
  readonly bold?: boolean;
  readonly muted?: boolean;
};

export type TableCellContent = readonly CellPart[];

export type TableColumn = {
  readonly header: string;
  readonly align: 'left' | 'right';
  /** Relative width; renderers scale the weights to the page. */
  readonly weight: number;
};

export type TableRowContent = {
  readonly cells: readonly TableCellContent[];
  /** A (sub)total row, printed in bold. */
  readonly total?: boolean;
};

export type FieldRow = { readonly label: string; readonly value: string };

export type DocumentBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly muted?: boolean }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'fields'; readonly rows: readonly FieldRow[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly TableRowContent[];
    };

export type SectionContent = {
  readonly section: PlanSection;
  /** The numbered title, e.g. "3. Instrumenten en acties": the document's level-1 heading. */
  readonly heading: string;
  readonly blocks: readonly DocumentBlock[];
};

export type PlanDocumentContent = {
  readonly locale: Locale;
  /** BCP 47 tag of the document's language (spell checking, PDF language). */
  readonly language: string;
  readonly documentKind: string;
  readonly title: string;
  readonly titleFields: readonly FieldRow[];
  readonly generatedNote: string;
  /** The seven sections of the model plan, always all seven and in the model's order. */
  readonly sections: readonly SectionContent[];
};

export type PlanContentInput = {
  readonly bundle: PlanBundle;
  readonly locale: Locale;
  readonly catalogue: readonly CatalogueElement[];
  readonly generatedAt: IsoDateTime;
};

/** "1. Identificatie van de entiteit": the level-1 heading of a section. */
export function sectionHeading(section: PlanSection, locale: Locale): string {
  return `${PLAN_SECTIONS.indexOf(section) + 1}. ${PLAN_SECTION_TITLES[section][locale]}`;
}

type ObjectiveRef = {
  readonly objective: OperationalObjective;
  /** "OD 1.2", unique within the plan. */
  readonly code: string;
  /** "OD 1.2 Title". */
  readonly name: string;
};

type StrategicRef = {
  readonly strategic: StrategicObjective;
  readonly code: string;
  readonly objectives: readonly ObjectiveRef[];
};

type Context = {
  readonly locale: Locale;
  readonly bundle: PlanBundle;
  readonly elements: ReadonlyMap<ElementId, CatalogueElement>;
  readonly strategic: readonly StrategicRef[];
  /** Operational objectives whose strategic objective is not in the bundle. */
  readonly orphans: readonly ObjectiveRef[];
  /** Every operational objective in document order. */
  readonly objectives: readonly ObjectiveRef[];
  readonly objectiveById: ReadonlyMap<string, ObjectiveRef>;
};

const L = PLAN_DOCUMENT_LABELS;

function byOrder<T extends { readonly order: number; readonly id: string }>(a: T, b: T): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function contextOf(input: PlanContentInput): Context {
  const { bundle, locale } = input;
  const strategicCode = L.strategicCode[locale];
  const operationalCode = L.operationalCode[locale];
  const ref = (objective: OperationalObjective, code: string): ObjectiveRef => ({
    objective,
    code,
    name: `${code} ${objective.title}`,
  });

  const strategicIds = new Set(bundle.strategicObjectives.map((s) => s.id));
  const strategic = [...bundle.strategicObjectives].sort(byOrder).map((s, i): StrategicRef => {
    const objectives = bundle.objectives
      .filter((o) => o.strategicObjectiveId === s.id)
      .sort(byOrder)
      .map((o, j) => ref(o, `${operationalCode} ${i + 1}.${j + 1}`));
    return { strategic: s, code: `${strategicCode} ${i + 1}`, objectives };
  });
  // Numbered under a strategic "0" so that their codes stay unique and visibly apart.
  const orphans = bundle.objectives
    .filter((o) => !strategicIds.has(o.strategicObjectiveId))
    .sort(byOrder)
    .map((o, j) => ref(o, `${operationalCode} 0.${j + 1}`));
  const objectives = [...strategic.flatMap((s) => s.objectives), ...orphans];
  return {
    locale,
    bundle,
    elements: new Map(input.catalogue.map((e) => [e.id, e])),
    strategic,
    orphans,
    objectives,
    objectiveById: new Map(objectives.map((o) => [o.objective.id, o])),
  };
}

function nothingRecorded(locale: Locale): DocumentBlock {
  return { kind: 'paragraph', text: L.nothingRecorded[locale], muted: true };
}

function numberOrEmpty(value: number | null, locale: Locale): string {
  return value === null || !Number.isFinite(value) ? EMPTY_VALUE : formatNumber(value, locale);
}

function eurOrEmpty(value: number | null, locale: Locale): string {
  return value === null || !Number.isFinite(value) ? EMPTY_VALUE : formatEur(value, locale);
}

// ---------------------------------------------------------------------------------------------
// Title page and section 1

function mandateHolderName(input: PlanContentInput): string {
  const { grade, firstName, lastName } = input.bundle.plan.identification.mandateHolder;
  const name = [grade, firstName, lastName].map((part) => part.trim()).filter((p) => p !== '');
  return name.length === 0 ? EMPTY_VALUE : name.join(' ');
}

function titleFields(input: PlanContentInput): FieldRow[] {
  const { plan } = input.bundle;
  const { locale } = input;
  const { identification } = plan;
  return [
    {
      label: IDENTIFICATION_FIELD_LABELS.entityName[locale],
      value: textOrEmpty(identification.entityName),
    },
    {
      label: L.period[locale],
      value: formatMessage(L.periodRange, locale, {
        start: formatDate(identification.periodStart, locale),
        end: formatDate(identification.periodEnd, locale),
      }),
    },
    { label: L.mandateHolder[locale], value: mandateHolderName(input) },
    { label: L.status[locale], value: PLAN_STATUS_LABELS[plan.status][locale] },
    {
      label: L.adoptedOn[locale],
      value: plan.adoptedOn === null ? L.notAdopted[locale] : formatDate(plan.adoptedOn, locale),
    },
  ];
}

function identificationSection(ctx: Context): DocumentBlock[] {
  const { locale } = ctx;
  const { identification } = ctx.bundle.plan;
  const labels = IDENTIFICATION_FIELD_LABELS;
  return [
    {
      kind: 'fields',
      rows: [
        { label: labels.entityName[locale], value: textOrEmpty(identification.entityName) },
        {
          label: labels.periodStart[locale],
          value: formatDate(identification.periodStart, locale),
        },
        { label: labels.periodEnd[locale], value: formatDate(identification.periodEnd, locale) },
        {
          label: labels.lastName[locale],
          value: textOrEmpty(identification.mandateHolder.lastName),
        },
        {
          label: labels.firstName[locale],
          value: textOrEmpty(identification.mandateHolder.firstName),
        },
        { label: labels.grade[locale], value: textOrEmpty(identification.mandateHolder.grade) },
      ],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Section 2

function smartCheckText(check: SmartCheck, ctx: Context): string {
  const { locale } = ctx;
  const verdict =
    check.status === 'smart'
      ? L.smartComplete[locale]
      : formatMessage(L.smartIncomplete, locale, {
          missing: check.missing.map((element) => SMART_LABELS[element][locale]).join(', '),
        });
  return [verdict, ...check.warnings.map((w) => smartWarningText(w, locale))].join('\n');
}

function smartWarningText(warning: SmartWarning, locale: Locale): string {
  switch (warning.kind) {
    case 'target-equals-baseline':
      return formatMessage(SMART_WARNING_TEXTS[warning.kind], locale, {
        value: formatNumber(warning.value, locale),
      });
    case 'deadline-outside-period':
      return formatMessage(SMART_WARNING_TEXTS[warning.kind], locale, {
        side: warning.side,
        deadline: formatDate(warning.deadline, locale),
        periodStart: formatDate(warning.periodStart, locale),
        periodEnd: formatDate(warning.periodEnd, locale),
      });
  }
}

function currentValueText(objective: OperationalObjective, locale: Locale): string {
  if (objective.currentValue === null || !Number.isFinite(objective.currentValue)) {
    return EMPTY_VALUE;
  }
  const value = formatNumber(objective.currentValue, locale);
  return objective.indicatorUpdatedOn === null
    ? value
    : formatMessage(L.measuredOn, locale, {
        value,
        date: formatDate(objective.indicatorUpdatedOn, locale),
      });
}

function operationalObjectiveBlocks(
  ref: ObjectiveRef,
  strategic: StrategicRef | null,
  ctx: Context,
): DocumentBlock[] {
  const { locale } = ctx;
  const { objective } = ref;
  const check = checkSmart(objective, ctx.bundle.plan.identification);
  const rows: FieldRow[] = [
    ...(strategic === null
      ? []
      : [
          {
            label: L.strategicObjective[locale],
            value: `${strategic.code} ${strategic.strategic.title}`,
          },
        ]),
    { label: SMART_LABELS.specific[locale], value: textOrEmpty(objective.specific) },
    { label: SMART_LABELS.indicator[locale], value: textOrEmpty(objective.indicator) },
    { label: SMART_LABELS.unit[locale], value: textOrEmpty(objective.unit) },
    { label: SMART_LABELS.baseline[locale], value: numberOrEmpty(objective.baselineValue, locale) },
    { label: SMART_LABELS.target[locale], value: numberOrEmpty(objective.targetValue, locale) },
    { label: L.currentValue[locale], value: currentValueText(objective, locale) },
    { label: SMART_LABELS.deadline[locale], value: formatDate(objective.deadline, locale) },
    { label: SMART_LABELS.owner[locale], value: personName(objective.owner) },
    { label: L.smartCheck[locale], value: smartCheckText(check, ctx) },
  ];
  return [
    { kind: 'heading', level: 3, text: ref.name },
    { kind: 'fields', rows },
  ];
}

function ambitionSection(ctx: Context): DocumentBlock[] {
  const { locale } = ctx;
  const { vision } = ctx.bundle.plan;
  const blocks: DocumentBlock[] = [];
  const visionParts = [
    [L.ambition, vision.ambition],
    [L.coreValues, vision.coreValues],
    [L.needs, vision.needs],
    [L.vulnerableProcesses, vision.vulnerableProcesses],
    [L.recommendations, vision.recommendations],
  ] as const;
  for (const [label, text] of visionParts) {
    blocks.push(
      { kind: 'label', text: label[locale] },
      { kind: 'paragraph', text: textOrEmpty(text) },
    );
  }

  blocks.push({ kind: 'heading', level: 2, text: L.strategicObjectives[locale] });
  if (ctx.strategic.length === 0) blocks.push(nothingRecorded(locale));
  for (const s of ctx.strategic) {
    blocks.push(
      { kind: 'heading', level: 3, text: `${s.code} ${s.strategic.title}` },
      { kind: 'paragraph', text: textOrEmpty(s.strategic.description) },
    );
  }

  blocks.push({ kind: 'heading', level: 2, text: L.operationalObjectives[locale] });
  if (ctx.objectives.length === 0) blocks.push(nothingRecorded(locale));
  for (const s of ctx.strategic) {
    for (const ref of s.objectives) blocks.push(...operationalObjectiveBlocks(ref, s, ctx));
  }
  if (ctx.orphans.length > 0) {
    blocks.push({ kind: 'label', text: L.objectivesWithoutStrategic[locale] });
    for (const ref of ctx.orphans) blocks.push(...operationalObjectiveBlocks(ref, null, ctx));
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Section 3

/** "Dilemmatraining (F2 Begeleiden naar integriteit; Kern; Stimulerend)". */
function elementDetails(id: ElementId, ctx: Context): string {
  const { locale } = ctx;
  const element = ctx.elements.get(id);
  if (element === undefined) return formatMessage(L.unknownElement, locale, { id });
  const group =
    element.pillar === 'instruments'
      ? FUNCTION_LABELS[element.function][locale]
      : PILLAR_LABELS[element.pillar][locale];
  return formatMessage(L.elementDetails, locale, {
    label: element.label[locale],
    group,
    layer: LAYER_LABELS[element.layer][locale],
    approach: APPROACH_LABELS[element.approach][locale],
  });
}

function elementLabel(id: ElementId, ctx: Context): string {
  const element = ctx.elements.get(id);
  return element === undefined
    ? formatMessage(L.unknownElement, ctx.locale, { id })
    : element.label[ctx.locale];
}

function actionColumns(locale: Locale): TableColumn[] {
  return [
    { header: L.action[locale], align: 'left', weight: 37 },
    { header: L.owner[locale], align: 'left', weight: 15 },
    { header: L.dueDate[locale], align: 'left', weight: 13 },
    { header: L.actionStatus[locale], align: 'left', weight: 11 },
    { header: L.hours[locale], align: 'right', weight: 9 },
    { header: L.budgetEur[locale], align: 'right', weight: 15 },
  ];
}

function actionRow(action: PlanAction, ctx: Context): TableRowContent {
  const { locale } = ctx;
  const summary: CellPart[] = [{ text: textOrEmpty(action.title), bold: true }];
  if (action.description.trim() !== '') summary.push({ text: action.description });
  if (action.elementIds.length > 0) {
    summary.push({
      text: `${L.instruments[locale]}: ${action.elementIds.map((id) => elementLabel(id, ctx)).join('; ')}`,
      muted: true,
    });
  }
  return {
    cells: [
      summary,
      [{ text: personName(action.owner) }],
      [{ text: formatShortDate(action.dueDate, locale) }],
      [{ text: ACTION_STATUS_LABELS[action.status][locale] }],
      [{ text: numberOrEmpty(action.hours, locale) }],
      [{ text: eurOrEmpty(action.budgetEur, locale) }],
    ],
  };
}

/** Cancelled actions are not part of the plan any more (as in the balance diagnostics). */
function counted(actions: readonly PlanAction[]): readonly PlanAction[] {
  return actions.filter((a) => a.status !== 'cancelled');
}

function totalRow(label: string, actions: readonly PlanAction[], locale: Locale): TableRowContent {
  const kept = counted(actions);
  return {
    total: true,
    cells: [
      [{ text: label, bold: true }],
      [],
      [],
      [],
      [{ text: formatNumber(sumHours(kept.map((a) => a.hours)), locale), bold: true }],
      [{ text: formatEur(sumEur(kept.map((a) => a.budgetEur)), locale), bold: true }],
    ],
  };
}

function actionsTable(actions: readonly PlanAction[], ctx: Context): DocumentBlock {
  const { locale } = ctx;
  return {
    kind: 'table',
    columns: actionColumns(locale),
    rows: [...actions.map((a) => actionRow(a, ctx)), totalRow(L.subtotal[locale], actions, locale)],
  };
}

function instrumentsSection(ctx: Context): DocumentBlock[] {
  const { locale, bundle } = ctx;
  const blocks: DocumentBlock[] = [];
  if (ctx.objectives.length === 0 && bundle.actions.length === 0) return [nothingRecorded(locale)];
  for (const ref of ctx.objectives) {
    blocks.push({ kind: 'heading', level: 2, text: ref.name });
    blocks.push({ kind: 'label', text: L.elementsOfObjective[locale] });
    blocks.push(
      ref.objective.elementIds.length === 0
        ? nothingRecorded(locale)
        : { kind: 'bullets', items: ref.objective.elementIds.map((id) => elementDetails(id, ctx)) },
    );
    blocks.push({ kind: 'label', text: L.actions[locale] });
    const actions = bundle.actions.filter((a) => a.objectiveId === ref.objective.id);
    blocks.push(actions.length === 0 ? nothingRecorded(locale) : actionsTable(actions, ctx));
  }
  const orphans = bundle.actions.filter((a) => !ctx.objectiveById.has(a.objectiveId));
  if (orphans.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: L.actionsWithoutObjective[locale] });
    blocks.push(actionsTable(orphans, ctx));
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: '', align: 'left', weight: 62 },
      { header: L.hours[locale], align: 'right', weight: 16 },
      { header: L.budgetEur[locale], align: 'right', weight: 22 },
    ],
    rows: [
      {
        total: true,
        cells: [
          [{ text: L.planTotal[locale], bold: true }],
          [
            {
              text: formatNumber(sumHours(counted(bundle.actions).map((a) => a.hours)), locale),
              bold: true,
            },
          ],
          [
            {
              text: formatEur(sumEur(counted(bundle.actions).map((a) => a.budgetEur)), locale),
              bold: true,
            },
          ],
        ],
      },
    ],
  });
  const balance = computeBalance(bundle, [...ctx.elements.values()]);
  blocks.push({
    kind: 'paragraph',
    text: formatMessage(L.balanceOfActions, locale, {
      controlling: formatShare(balance.approach.actions.controllingShare, locale),
      stimulating: formatShare(balance.approach.actions.stimulatingShare, locale),
      budgetControlling: formatShare(balance.approach.budgetEur.controllingShare, locale),
      budgetStimulating: formatShare(balance.approach.budgetEur.stimulatingShare, locale),
    }),
  });
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Sections 4 to 7

type Arrangement<K extends PlanArrangement['kind']> = Extract<
  PlanArrangement,
  { readonly kind: K }
>;

function arrangementsOf<K extends PlanArrangement['kind']>(
  ctx: Context,
  kind: K,
): readonly Arrangement<K>[] {
  return ctx.bundle.arrangements.filter((a): a is Arrangement<K> => a.kind === kind);
}

/**
 * A section organised per objective (actors, monitoring): every objective gets its heading, so a
 * missing arrangement shows as "nothing recorded"; arrangements of objectives that are not in the
 * plan come last.
 */
function perObjectiveSection<T extends { readonly objectiveId: string }>(
  ctx: Context,
  items: readonly T[],
  table: (items: readonly T[]) => DocumentBlock,
): DocumentBlock[] {
  const { locale } = ctx;
  if (ctx.objectives.length === 0 && items.length === 0) return [nothingRecorded(locale)];
  const blocks: DocumentBlock[] = [];
  for (const ref of ctx.objectives) {
    blocks.push({ kind: 'heading', level: 2, text: ref.name });
    const own = items.filter((a) => a.objectiveId === ref.objective.id);
    blocks.push(own.length === 0 ? nothingRecorded(locale) : table(own));
  }
  const orphans = items.filter((a) => !ctx.objectiveById.has(a.objectiveId));
  if (orphans.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: L.withoutObjective[locale] }, table(orphans));
  }
  return blocks;
}

function textCell(text: string): TableCellContent {
  return [{ text: textOrEmpty(text) }];
}

function actorsSection(ctx: Context): DocumentBlock[] {
  const { locale } = ctx;
  return perObjectiveSection(ctx, arrangementsOf(ctx, 'actor'), (items) => ({
    kind: 'table',
    columns: [
      { header: L.actor[locale], align: 'left', weight: 22 },
      { header: L.role[locale], align: 'left', weight: 20 },
      { header: L.responsibilities[locale], align: 'left', weight: 29 },
      { header: L.formalReactions[locale], align: 'left', weight: 29 },
    ],
    rows: items.map((a) => ({
      cells: [
        textCell(a.actor),
        textCell(a.role),
        textCell(a.responsibilities),
        textCell(a.formalReactions),
      ],
    })),
  }));
}

function monitoringSection(ctx: Context): DocumentBlock[] {
  const { locale } = ctx;
  return perObjectiveSection(ctx, arrangementsOf(ctx, 'monitoring'), (items) => ({
    kind: 'table',
    columns: [
      { header: L.monitoringMode[locale], align: 'left', weight: 16 },
      { header: L.how[locale], align: 'left', weight: 48 },
      { header: L.byWhom[locale], align: 'left', weight: 20 },
      { header: L.frequency[locale], align: 'left', weight: 16 },
    ],
    rows: items.map((a) => ({
      cells: [
        [{ text: MONITORING_MODE_LABELS[a.mode][locale] }],
        textCell(a.how),
        textCell(a.byWhom),
        [{ text: FREQUENCY_LABELS[a.frequency][locale] }],
      ],
    })),
  }));
}

function objectiveName(objectiveId: string | null, ctx: Context): string {
  if (objectiveId === null) return L.wholePlan[ctx.locale];
  return ctx.objectiveById.get(objectiveId)?.name ?? L.withoutObjective[ctx.locale];
}

/** The evaluation calendar: every evaluation by date, undated ones last, stable otherwise. */
function evaluationSection(ctx: Context): DocumentBlock[] {
  const { locale } = ctx;
  const items = [...arrangementsOf(ctx, 'evaluation')].sort((a, b) => {
    if (a.when === b.when) return 0;
    if (a.when === null) return 1;
    if (b.when === null) return -1;
    return a.when < b.when ? -1 : 1;
  });
  if (items.length === 0) return [nothingRecorded(locale)];
  return [
    { kind: 'heading', level: 2, text: L.evaluationCalendar[locale] },
    {
      kind: 'table',
      columns: [
        { header: L.when[locale], align: 'left', weight: 12 },
        { header: L.objective[locale], align: 'left', weight: 24 },
        { header: L.who[locale], align: 'left', weight: 18 },
        { header: `${L.what[locale]} / ${L.how[locale]}`, align: 'left', weight: 33 },
        { header: L.frequency[locale], align: 'left', weight: 13 },
      ],
      rows: items.map((a) => ({
        cells: [
          [{ text: formatShortDate(a.when, locale) }],
          [{ text: objectiveName(a.objectiveId, ctx) }],
          textCell(a.who),
          [{ text: textOrEmpty(a.what) }, { text: textOrEmpty(a.how), muted: true }],
          [{ text: FREQUENCY_LABELS[a.frequency][locale] }],
        ],
      })),
    },
  ];
}

function communicationSection(ctx: Context): DocumentBlock[] {
  const { locale } = ctx;
  const items = arrangementsOf(ctx, 'communication');
  const blocks: DocumentBlock[] = [];
  const directions = [
    ['internal', L.internalCommunication],
    ['external', L.externalCommunication],
  ] as const;
  for (const [direction, heading] of directions) {
    const own = items.filter((a) => a.direction === direction);
    blocks.push({ kind: 'heading', level: 2, text: heading[locale] });
    blocks.push(
      own.length === 0
        ? nothingRecorded(locale)
        : {
            kind: 'table',
            columns: [
              { header: L.concerns[locale], align: 'left', weight: 22 },
              { header: L.audience[locale], align: 'left', weight: 20 },
              { header: L.means[locale], align: 'left', weight: 29 },
              { header: L.cautions[locale], align: 'left', weight: 29 },
            ],
            rows: own.map((a) => ({
              cells: [
                [{ text: objectiveName(a.objectiveId, ctx) }],
                textCell(a.audience),
                textCell(a.means),
                textCell(a.cautions),
              ],
            })),
          },
    );
  }
  return blocks;
}

const SECTION_BUILDERS: Readonly<Record<PlanSection, (ctx: Context) => DocumentBlock[]>> = {
  identification: identificationSection,
  ambition: ambitionSection,
  instruments: instrumentsSection,
  actors: actorsSection,
  monitoring: monitoringSection,
  evaluation: evaluationSection,
  communication: communicationSection,
};

/**
 * The content of the plan document in the reader's language: a title page, then the seven
 * sections of the AIG model plan in order (every section is present, "nothing recorded" when
 * empty). Objectives get codes (`SD 1`, `OD 1.2`) so sections 3 to 7 can refer to section 2.
 * Items that point to an objective the plan does not have are listed at the end of their section,
 * never dropped. Totals leave out cancelled actions, like the balance diagnostics.
 */
export function buildPlanContent(input: PlanContentInput): PlanDocumentContent {
  const { locale } = input;
  const ctx = contextOf(input);
  return {
    locale,
    language: intlLocale(locale),
    documentKind: L.documentKind[locale],
    title: textOrEmpty(input.bundle.plan.title),
    titleFields: titleFields(input),
    generatedNote: formatMessage(L.generatedOn, locale, {
      date: formatDateTime(input.generatedAt, locale),
    }),
    sections: PLAN_SECTIONS.map((section) => ({
      section,
      heading: sectionHeading(section, locale),
      blocks: SECTION_BUILDERS[section](ctx),
    })),
  };
}
