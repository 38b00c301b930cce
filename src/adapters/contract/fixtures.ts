import type { Measurement, Rating } from '../../core/maturity/maturity.types';
import type {
  OperationalObjective,
  Plan,
  PlanAction,
  PlanArrangement,
  StrategicObjective,
} from '../../core/plan/plan.types';
import type { EntitySettings } from '../../core/schedule/entity-settings.types';
import type { Draft } from '../../ports/store.types';

export function planDraft(entityId: string): Draft<Plan> {
  return {
    entityId,
    title: 'Integriteitsbeleidsplan 2026–2031',
    status: 'draft',
    adoptedOn: null,
    identification: {
      entityName: 'PZ Contract',
      periodStart: '2026-01-01',
      periodEnd: '2031-12-31',
      mandateHolder: { lastName: 'Peeters', firstName: 'An', grade: 'hoofdcommissaris' },
    },
    vision: {
      ambition: 'Een zone waar integriteit vanzelf spreekt.\nTweede regel.',
      coreValues: 'Respect, loyauté, Verantwortung',
      needs: '',
      vulnerableProcesses: 'Inbeslagnames',
      recommendations: '',
    },
  };
}

export function strategicDraft(planId: string, order = 0): Draft<StrategicObjective> {
  return { planId, title: `Strategisch doel ${order + 1}`, description: 'Waarom', order };
}

export function objectiveDraft(
  planId: string,
  strategicObjectiveId: string,
  order = 0,
): Draft<OperationalObjective> {
  return {
    planId,
    strategicObjectiveId,
    title: `Operationeel doel ${order + 1}`,
    specific: 'Alle leidinggevenden volgen de dilemmatraining',
    indicator: 'Aandeel getrainde leidinggevenden',
    unit: '%',
    baselineValue: 10,
    targetValue: 90,
    currentValue: 35.5,
    indicatorUpdatedOn: '2026-10-01',
    deadline: '2027-06-30',
    owner: { displayName: 'Integriteitscoördinator', email: 'io@pz.test', id: 'entra-io' },
    elementIds: ['ins.guide.training', 'ins.determine.code'],
    order,
  };
}

export function actionDraft(planId: string, objectiveId: string, n = 1): Draft<PlanAction> {
  return {
    planId,
    objectiveId,
    title: `Actie ${n}`,
    description: 'Dilemmatraining organiseren',
    elementIds: ['ins.guide.training'],
    owner: null,
    dueDate: '2027-03-31',
    status: 'planned',
    hours: 16,
    budgetEur: 1250.5,
  };
}

export function arrangementDrafts(planId: string, objectiveId: string): Draft<PlanArrangement>[] {
  return [
    {
      kind: 'actor',
      planId,
      objectiveId,
      actor: 'HRM',
      role: 'Trekker',
      responsibilities: 'Planning',
      formalReactions: '',
    },
    {
      kind: 'monitoring',
      planId,
      objectiveId,
      mode: 'active',
      how: 'Aanwezigheidslijsten',
      byWhom: 'IO',
      frequency: 'quarterly',
    },
    {
      kind: 'evaluation',
      planId,
      objectiveId,
      who: 'AIG',
      how: 'Audit',
      what: 'Bereik',
      when: '2028-01-15',
      frequency: 'yearly',
    },
    {
      kind: 'communication',
      planId,
      objectiveId: null,
      direction: 'internal',
      audience: 'Alle medewerkers',
      means: 'Intranet',
      cautions: 'Geen namen',
    },
  ];
}

export function measurementDraft(entityId: string, planId: string): Draft<Measurement> {
  return {
    entityId,
    planId,
    kind: 'baseline',
    date: '2026-03-01',
    status: 'open',
    mode: 'single',
    lockedOn: null,
    lockedBy: null,
    correctsMeasurementId: null,
  };
}

export function ratingDraft(measurementId: string, n: number): Draft<Rating> {
  return {
    measurementId,
    elementId: `ins.element.${n}`,
    value: ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5,
    target: n % 2 === 0 ? 4 : null,
    evidenceNote: `Bewijs ${n}`,
    evidenceLinks: n % 3 === 0 ? ['https://pz.test/docs/a', 'https://pz.test/docs/b'] : [],
    rater: { displayName: 'Commandant', email: 'cmd@pz.test' },
    dissent: '',
  };
}

export function settingsOf(entityId: string): EntitySettings {
  return {
    entityId,
    name: 'PZ Contract',
    kind: 'local-police-zone',
    languages: ['nl', 'fr'],
    reminderChannel: {
      teamId: 'team-1',
      channelId: '19:abc@thread.tacv2',
      channelName: 'Integriteit',
    },
    cadence: { dayOfMonth: 5, hour: 9, pauseUntil: null },
    skipRecentlyUpdatedDays: 14,
    indicatorStaleAfterDays: 90,
  };
}

/** Deep-freezes a value so any mutation by the store throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
