import type {
  Approach,
  CatalogueElement,
  ElementId,
  ImfFunction,
  Layer,
  Pillar,
} from '../catalogue/catalogue.types';
import { IMF_FUNCTIONS } from '../catalogue/catalogue.types';
import type { PlanAction, PlanBundle } from '../plan/plan.types';

/*
 * Balance diagnostics, shown beside (not inside) maturity. The rules, so the dashboard can
 * explain its figures:
 *
 * - Cancelled actions are not part of the plan any more: they count nowhere except in
 *   `cancelledActionCount` and in the unknown-link flags. Every other status counts.
 * - An action's approach comes from the catalogue elements it links (unknown ids ignored):
 *   all controlling → controlling; all stimulating → stimulating; any element that is "both",
 *   or a mix of controlling and stimulating elements → both. An action without a known element
 *   is unclassified and left out of the shares.
 * - A "both" action counts half controlling, half stimulating, in numbers of actions and in its
 *   budget and hours. Shares are over classified actions (or their budget/hours) only and are
 *   `null` when there is nothing classified to share.
 * - Budgets are added up in cents so sums are exact; hours as they are. A missing, negative or
 *   non-finite amount counts as zero (and flags the action in `actionsWithInvalidAmount` unless
 *   it is just missing).
 * - An element is covered when an operational objective or a counted action links it. Function
 *   coverage looks at instruments only (processes and structures have no IMF function).
 * - Lists are in the order of the bundle (objectives, actions) or the catalogue (elements).
 */

/** How one action leans, from the elements it links. */
export type ActionApproach = Approach | 'unclassified';

export type ApproachCounts = {
  /** Actions counted (all but cancelled). */
  readonly counted: number;
  readonly controlling: number;
  readonly stimulating: number;
  readonly both: number;
  readonly unclassified: number;
  /** controlling + ½·both, over classified actions; null without classified actions. */
  readonly controllingShare: number | null;
  readonly stimulatingShare: number | null;
};

/** An amount (EUR or hours) split by approach; "both" is split half-half. */
export type ApproachAmounts = {
  readonly total: number;
  readonly classified: number;
  readonly unclassified: number;
  readonly controlling: number;
  readonly stimulating: number;
  /** Over the classified amount; null when it is zero. */
  readonly controllingShare: number | null;
  readonly stimulatingShare: number | null;
};

export type ElementCoverage = {
  /** Catalogue elements in this group. */
  readonly total: number;
  readonly linked: number;
  /** linked / total; null for an empty group. */
  readonly share: number | null;
  readonly linkedIds: readonly ElementId[];
  readonly missingIds: readonly ElementId[];
};

export type FunctionCoverage = {
  readonly function: ImfFunction;
  readonly status: 'covered' | 'missing';
  /** Instruments of this function in the catalogue. */
  readonly instrumentCount: number;
  /** Instruments of this function linked by an objective or a counted action. */
  readonly linkedInstrumentIds: readonly ElementId[];
  /** Counted actions that link at least one instrument of this function. */
  readonly actionIds: readonly string[];
};

export type UnknownElementLink = {
  readonly source: 'objective' | 'action';
  readonly sourceId: string;
  readonly elementId: string;
};

export type BalanceDiagnostics = {
  readonly approach: {
    readonly actions: ApproachCounts;
    readonly budgetEur: ApproachAmounts;
    readonly hours: ApproachAmounts;
    readonly byAction: readonly { readonly actionId: string; readonly approach: ActionApproach }[];
  };
  readonly layers: Readonly<Record<Layer, ElementCoverage>>;
  readonly pillarLayers: Readonly<Record<Pillar, Readonly<Record<Layer, ElementCoverage>>>>;
  readonly functions: {
    readonly byFunction: readonly FunctionCoverage[];
    readonly covered: readonly ImfFunction[];
    readonly missing: readonly ImfFunction[];
  };
  /** Operational objectives without any counted action. */
  readonly objectivesWithoutActions: readonly string[];
  /** Counted actions without an owner (or with an owner without a name). */
  readonly actionsWithoutOwner: readonly string[];
  /** Counted actions whose objective is not in the bundle. */
  readonly actionsWithUnknownObjective: readonly string[];
  /** Counted actions with a negative or non-finite budget or hours, counted as zero. */
  readonly actionsWithInvalidAmount: readonly string[];
  /** Links to ids the catalogue does not know (renamed or removed elements, typing errors). */
  readonly unknownElementLinks: readonly UnknownElementLink[];
  readonly cancelledActionCount: number;
};

function countsInPlan(action: PlanAction): boolean {
  return action.status !== 'cancelled';
}

/** The approach of an action from the approaches of its known linked elements. */
export function actionApproach(
  elementIds: readonly ElementId[],
  catalogue: ReadonlyMap<ElementId, CatalogueElement>,
): ActionApproach {
  const approaches = new Set<Approach>();
  for (const id of elementIds) {
    const element = catalogue.get(id);
    if (element !== undefined) approaches.add(element.approach);
  }
  if (approaches.size === 0) return 'unclassified';
  if (approaches.size === 1 && !approaches.has('both')) {
    return approaches.has('controlling') ? 'controlling' : 'stimulating';
  }
  return 'both';
}

/** Share of a part in a whole, null when the whole is zero. */
function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Controlling and stimulating shares that sum to exactly 1 when defined. */
function splitShares(
  controlling: number,
  whole: number,
): { controllingShare: number | null; stimulatingShare: number | null } {
  const controllingShare = share(controlling, whole);
  return {
    controllingShare,
    stimulatingShare: controllingShare === null ? null : 1 - controllingShare,
  };
}

type Amount = { readonly value: number; readonly invalid: boolean };

function readAmount(value: number | null): Amount {
  if (value === null) return { value: 0, invalid: false };
  return Number.isFinite(value) && value >= 0
    ? { value, invalid: false }
    : { value: 0, invalid: true };
}

/**
 * Adds amounts split by approach. Euro are added in whole cents so sums are exact (0.1 + 0.2
 * makes 0.3); hours are added as they are.
 */
function sumAmounts(
  items: readonly { readonly approach: ActionApproach; readonly amount: number }[],
  precision: 'cents' | 'exact',
): ApproachAmounts {
  const scale = precision === 'cents' ? 100 : 1;
  let controlling = 0;
  let stimulating = 0;
  let unclassified = 0;
  for (const { approach, amount } of items) {
    const units = precision === 'cents' ? Math.round(amount * scale) : amount;
    if (approach === 'controlling') controlling += units;
    else if (approach === 'stimulating') stimulating += units;
    else if (approach === 'both') {
      controlling += units / 2;
      stimulating += units / 2;
    } else unclassified += units;
  }
  const classified = controlling + stimulating;
  return {
    total: (classified + unclassified) / scale,
    classified: classified / scale,
    unclassified: unclassified / scale,
    controlling: controlling / scale,
    stimulating: stimulating / scale,
    ...splitShares(controlling, classified),
  };
}

function coverageOf(
  elements: readonly CatalogueElement[],
  linked: ReadonlySet<ElementId>,
): ElementCoverage {
  const linkedIds = elements.filter((e) => linked.has(e.id)).map((e) => e.id);
  const missingIds = elements.filter((e) => !linked.has(e.id)).map((e) => e.id);
  return {
    total: elements.length,
    linked: linkedIds.length,
    share: share(linkedIds.length, elements.length),
    linkedIds,
    missingIds,
  };
}

function coverageByLayer(
  elements: readonly CatalogueElement[],
  linked: ReadonlySet<ElementId>,
): Record<Layer, ElementCoverage> {
  return {
    core: coverageOf(
      elements.filter((e) => e.layer === 'core'),
      linked,
    ),
    complementary: coverageOf(
      elements.filter((e) => e.layer === 'complementary'),
      linked,
    ),
  };
}

function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim() === '';
}

/**
 * Balance diagnostics of a plan against the IMF catalogue: controlling versus stimulating share
 * of actions, budget and hours; core and complementary coverage per pillar; coverage of the four
 * IMF functions; objectives without actions, actions without owner and links that point nowhere.
 * Pure and deterministic; never throws on ids the catalogue does not know.
 *
 * @param catalogue the IMF catalogue elements (passed in, so tests use small fixtures).
 */
export function computeBalance(
  bundle: PlanBundle,
  catalogue: readonly CatalogueElement[],
): BalanceDiagnostics {
  const byId = new Map(catalogue.map((element) => [element.id, element] as const));
  const counted = bundle.actions.filter(countsInPlan);

  const unknownElementLinks: UnknownElementLink[] = [];
  const flagUnknown = (
    source: UnknownElementLink['source'],
    sourceId: string,
    ids: readonly ElementId[],
  ): void => {
    for (const elementId of new Set(ids)) {
      if (!byId.has(elementId)) unknownElementLinks.push({ source, sourceId, elementId });
    }
  };
  for (const objective of bundle.objectives)
    flagUnknown('objective', objective.id, objective.elementIds);
  for (const action of bundle.actions) flagUnknown('action', action.id, action.elementIds);

  // Approach balance.
  const byAction = counted.map((action) => ({
    actionId: action.id,
    approach: actionApproach(action.elementIds, byId),
    budget: readAmount(action.budgetEur),
    hours: readAmount(action.hours),
  }));
  const countOf = (approach: ActionApproach): number =>
    byAction.filter((a) => a.approach === approach).length;
  const controlling = countOf('controlling');
  const stimulating = countOf('stimulating');
  const both = countOf('both');
  const actions: ApproachCounts = {
    counted: counted.length,
    controlling,
    stimulating,
    both,
    unclassified: countOf('unclassified'),
    // Doubled to keep the halves of "both" actions in whole numbers until the division.
    ...splitShares(2 * controlling + both, 2 * (controlling + stimulating + both)),
  };
  const budgetEur = sumAmounts(
    byAction.map((a) => ({ approach: a.approach, amount: a.budget.value })),
    'cents',
  );
  const hours = sumAmounts(
    byAction.map((a) => ({ approach: a.approach, amount: a.hours.value })),
    'exact',
  );

  // Coverage.
  const linked = new Set<ElementId>();
  for (const objective of bundle.objectives) objective.elementIds.forEach((id) => linked.add(id));
  for (const action of counted) action.elementIds.forEach((id) => linked.add(id));
  const pillarCoverage = (pillar: Pillar): Record<Layer, ElementCoverage> =>
    coverageByLayer(
      catalogue.filter((e) => e.pillar === pillar),
      linked,
    );
  const pillarLayers = {
    instruments: pillarCoverage('instruments'),
    processes: pillarCoverage('processes'),
    structures: pillarCoverage('structures'),
  };
  const layers = coverageByLayer(catalogue, linked);

  const byFunction: FunctionCoverage[] = IMF_FUNCTIONS.map((fn) => {
    const instruments = catalogue.filter((e) => e.pillar === 'instruments' && e.function === fn);
    const instrumentIds = new Set(instruments.map((e) => e.id));
    const linkedInstrumentIds = instruments.filter((e) => linked.has(e.id)).map((e) => e.id);
    const actionIds = counted
      .filter((action) => action.elementIds.some((id) => instrumentIds.has(id)))
      .map((action) => action.id);
    return {
      function: fn,
      status: linkedInstrumentIds.length > 0 ? 'covered' : 'missing',
      instrumentCount: instruments.length,
      linkedInstrumentIds,
      actionIds,
    };
  });

  // Gaps.
  const objectiveIds = new Set(bundle.objectives.map((o) => o.id));
  const objectivesWithActions = new Set(counted.map((a) => a.objectiveId));

  return {
    approach: {
      actions,
      budgetEur,
      hours,
      byAction: byAction.map(({ actionId, approach }) => ({ actionId, approach })),
    },
    layers,
    pillarLayers,
    functions: {
      byFunction,
      covered: byFunction.filter((f) => f.status === 'covered').map((f) => f.function),
      missing: byFunction.filter((f) => f.status === 'missing').map((f) => f.function),
    },
    objectivesWithoutActions: bundle.objectives
      .filter((o) => !objectivesWithActions.has(o.id))
      .map((o) => o.id),
    actionsWithoutOwner: counted.filter((a) => isBlank(a.owner?.displayName)).map((a) => a.id),
    actionsWithUnknownObjective: counted
      .filter((a) => !objectiveIds.has(a.objectiveId))
      .map((a) => a.id),
    actionsWithInvalidAmount: byAction
      .filter((a) => a.budget.invalid || a.hours.invalid)
      .map((a) => a.actionId),
    unknownElementLinks,
    cancelledActionCount: bundle.actions.length - counted.length,
  };
}
