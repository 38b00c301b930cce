import type {
  OperationalObjective,
  Plan,
  PlanAction,
  PlanArrangement,
  PlanBundle,
  PlanIdentification,
  StrategicObjective,
} from '../plan.types';

/** Test builders: each returns a valid, complete item; overrides change what a test is about. */

export const PLAN_ID = 'plan-1';

export function anIdentification(overrides: Partial<PlanIdentification> = {}): PlanIdentification {
  return {
    entityName: 'PZ Voorbeeld',
    periodStart: '2025-01-01',
    periodEnd: '2030-12-31',
    mandateHolder: { lastName: 'Peeters', firstName: 'An', grade: 'hoofdcommissaris' },
    ...overrides,
  };
}

export function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: PLAN_ID,
    entityId: 'pz-voorbeeld',
    title: 'Integriteitsbeleidsplan 2025-2030',
    status: 'draft',
    adoptedOn: null,
    identification: anIdentification(),
    vision: {
      ambition: 'Een open en ethische organisatiecultuur.',
      coreValues: 'Integriteit, respect, betrouwbaarheid.',
      needs: 'Bewustwording rond databankconsultaties.',
      vulnerableProcesses: 'Consultatie van politionele databanken; aankopen.',
      recommendations: 'Dilemmatrainingen en steekproefcontroles.',
    },
    ...overrides,
  };
}

export function aStrategicObjective(
  overrides: Partial<StrategicObjective> = {},
): StrategicObjective {
  return {
    id: 'so-1',
    planId: PLAN_ID,
    title: 'Rechtmatig gebruik van politionele informatie',
    description: 'Misbruik van databanken voorkomen.',
    order: 1,
    ...overrides,
  };
}

export function anObjective(overrides: Partial<OperationalObjective> = {}): OperationalObjective {
  return {
    id: 'oo-1',
    planId: PLAN_ID,
    strategicObjectiveId: 'so-1',
    title: 'Minder klachten over databankmisbruik',
    specific: 'Het aantal klachten over misbruik van databanken daalt met 10 %.',
    indicator: 'Klachten over databankmisbruik',
    unit: 'klachten per jaar',
    baselineValue: 20,
    targetValue: 18,
    currentValue: null,
    indicatorUpdatedOn: null,
    deadline: '2027-12-31',
    owner: { displayName: 'Integriteitscoördinator' },
    elementIds: [],
    order: 1,
    ...overrides,
  };
}

export function anAction(overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id: 'act-1',
    planId: PLAN_ID,
    objectiveId: 'oo-1',
    title: 'Dilemmatraining voor alle ploegen',
    description: '',
    elementIds: [],
    owner: { displayName: 'Opleidingsverantwoordelijke' },
    dueDate: '2026-06-30',
    status: 'planned',
    hours: 40,
    budgetEur: 1500,
    ...overrides,
  };
}

export function anActorArrangement(
  overrides: Partial<Extract<PlanArrangement, { kind: 'actor' }>> = {},
): PlanArrangement {
  return {
    kind: 'actor',
    id: 'arr-actor-1',
    planId: PLAN_ID,
    objectiveId: 'oo-1',
    actor: 'Integriteitscoördinator',
    role: 'Coördinatie',
    responsibilities: 'Volgt de acties op.',
    formalReactions: 'Meldt vermoedelijke schendingen aan de korpschef.',
    ...overrides,
  };
}

export function aBundle(overrides: Partial<PlanBundle> = {}): PlanBundle {
  return {
    plan: aPlan(),
    strategicObjectives: [aStrategicObjective()],
    objectives: [anObjective()],
    actions: [anAction()],
    arrangements: [anActorArrangement()],
    ...overrides,
  };
}
