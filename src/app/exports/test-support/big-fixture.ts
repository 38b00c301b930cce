import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type {
  MaturityLevel,
  Measurement,
  MeasurementKind,
  Rating,
  RatingValue,
} from '../../../core/maturity/maturity.types';
import type {
  OperationalObjective,
  PlanAction,
  PlanArrangement,
  PlanBundle,
  StrategicObjective,
} from '../../../core/plan/plan.types';
import { ACTION_STATUSES, FREQUENCIES } from '../../../core/plan/plan.types';
import type { ChangeLogEntry, EvidenceFile } from '../measurement-report';
import type { ListsSnapshot } from '../list-csv';
import { COMMANDER, DEMO_PLAN, DIT_CHIEF, INTEGRITY_OFFICER, stableUnit } from './demo-fixture';
import { listsSnapshot } from './list-snapshot';

/*
 * A large entity for the benchmark: a plan over five years with 5 strategic and 20 operational
 * objectives, 200 actions, 70 arrangements, five measurements of 80 ratings each (baseline, three
 * annual, final), their evidence and a change log of 2,000 entries. Deterministic (hash-based),
 * built from plain records: the benchmark measures the exports, not the core's rules.
 */

export type BigFixture = {
  readonly bundle: PlanBundle;
  readonly measurements: readonly Measurement[];
  readonly ratings: readonly Rating[];
  readonly evidenceIndex: readonly EvidenceFile[];
  readonly changeLog: readonly ChangeLogEntry[];
  readonly snapshot: ListsSnapshot;
};

const PEOPLE = [COMMANDER, INTEGRITY_OFFICER, DIT_CHIEF] as const;
const PLAN_ID = 'plan-big';

function pick<T>(items: readonly T[], seed: string): T {
  return items[Math.floor(stableUnit(seed) * items.length)] as T;
}

function sentence(seed: string, words: number): string {
  const vocabulary = [
    'integriteit',
    'dilemma',
    'teamoverleg',
    'leidinggevende',
    'databank',
    'consultatie',
    'opvolging',
    'rapportering',
    'steekproef',
    'opleiding',
    'coaching',
    'evaluatie',
    'bijsturing',
    'melding',
    'klacht',
    'voorbeeldgedrag',
    'deontologie',
    'vertrouwen',
  ];
  return Array.from({ length: words }, (_, i) => pick(vocabulary, `${seed}:${i}`)).join(' ');
}

export function bigFixture(): BigFixture {
  const strategic: StrategicObjective[] = Array.from({ length: 5 }, (_, i) => ({
    id: `so-${i + 1}`,
    planId: PLAN_ID,
    title: `Strategische doelstelling ${i + 1}: ${sentence(`so${i}`, 5)}`,
    description: sentence(`so-d${i}`, 40),
    order: i + 1,
  }));
  const objectives: OperationalObjective[] = Array.from({ length: 20 }, (_, i) => ({
    id: `oo-${i + 1}`,
    planId: PLAN_ID,
    strategicObjectiveId: `so-${Math.floor(i / 4) + 1}`,
    title: `Operationele doelstelling ${i + 1}: ${sentence(`oo${i}`, 6)}`,
    specific: sentence(`oo-s${i}`, 30),
    indicator: sentence(`oo-i${i}`, 8),
    unit: '%',
    baselineValue: Math.round(stableUnit(`b${i}`) * 50),
    targetValue: 50 + Math.round(stableUnit(`t${i}`) * 50),
    currentValue: Math.round(stableUnit(`c${i}`) * 60),
    indicatorUpdatedOn: '2027-06-30',
    deadline: `${2026 + (i % 4)}-12-31`,
    owner: pick(PEOPLE, `oo-o${i}`),
    elementIds: [0, 1, 2].map((k) => pick(CATALOGUE, `oo-e${i}:${k}`).id),
    order: i + 1,
  }));
  const actions: PlanAction[] = Array.from({ length: 200 }, (_, i) => ({
    id: `action-${String(i + 1).padStart(3, '0')}`,
    planId: PLAN_ID,
    objectiveId: `oo-${(i % 20) + 1}`,
    title: `Actie ${i + 1}: ${sentence(`a${i}`, 6)}`,
    description: sentence(`a-d${i}`, 35),
    elementIds: [0, 1].map((k) => pick(CATALOGUE, `a-e${i}:${k}`).id),
    owner: pick(PEOPLE, `a-o${i}`),
    dueDate: `${2025 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
    status: pick(ACTION_STATUSES, `a-s${i}`),
    hours: Math.round(stableUnit(`a-h${i}`) * 120),
    budgetEur:
      stableUnit(`a-nb${i}`) < 0.4 ? null : Math.round(stableUnit(`a-b${i}`) * 1_000_000) / 100,
  }));
  const arrangements: PlanArrangement[] = objectives.flatMap((o, i): PlanArrangement[] => [
    {
      kind: 'actor',
      id: `actor-${i}`,
      planId: PLAN_ID,
      objectiveId: o.id,
      actor: sentence(`ac${i}`, 3),
      role: sentence(`ar${i}`, 5),
      responsibilities: sentence(`ars${i}`, 25),
      formalReactions: sentence(`arf${i}`, 25),
    },
    {
      kind: 'monitoring',
      id: `monitoring-${i}`,
      planId: PLAN_ID,
      objectiveId: o.id,
      mode: pick(['active', 'passive', 'both'] as const, `m${i}`),
      how: sentence(`mh${i}`, 20),
      byWhom: sentence(`mw${i}`, 3),
      frequency: pick(FREQUENCIES, `mf${i}`),
    },
    {
      kind: 'evaluation',
      id: `evaluation-${i}`,
      planId: PLAN_ID,
      objectiveId: o.id,
      who: sentence(`ew${i}`, 4),
      how: sentence(`eh${i}`, 15),
      what: sentence(`ewt${i}`, 15),
      when: `${2025 + (i % 5)}-06-30`,
      frequency: 'yearly',
    },
    ...(i % 2 === 0
      ? [
          {
            kind: 'communication' as const,
            id: `communication-${i}`,
            planId: PLAN_ID,
            objectiveId: o.id,
            direction: i % 4 === 0 ? ('internal' as const) : ('external' as const),
            audience: sentence(`ca${i}`, 4),
            means: sentence(`cm${i}`, 15),
            cautions: sentence(`cc${i}`, 15),
          },
        ]
      : []),
  ]);
  const bundle: PlanBundle = {
    plan: {
      ...DEMO_PLAN,
      id: PLAN_ID,
      title: 'Integriteitsbeleidsplan PZ Groot 2025-2029',
      identification: {
        ...DEMO_PLAN.identification,
        entityName: 'PZ Groot',
        periodStart: '2025-01-01',
        periodEnd: '2029-12-31',
      },
    },
    strategicObjectives: strategic,
    objectives,
    actions,
    arrangements,
  };

  const kinds: readonly MeasurementKind[] = ['baseline', 'annual', 'annual', 'annual', 'final'];
  const dates = ['2025-02-01', '2026-02-01', '2027-02-01', '2028-02-01', '2029-11-15'];
  const measurements: Measurement[] = kinds.map((kind, i) => ({
    id: `m-${i + 1}`,
    entityId: DEMO_PLAN.entityId,
    planId: PLAN_ID,
    kind,
    date: dates[i] ?? '2025-02-01',
    status: i < 4 ? 'locked' : 'open',
    mode: 'single',
    lockedOn: i < 4 ? `${dates[i] ?? ''}T15:00:00Z` : null,
    lockedBy: i < 4 ? COMMANDER : null,
    correctsMeasurementId: null,
  }));
  const rated = CATALOGUE.slice(0, 80);
  const ratings: Rating[] = measurements.flatMap((m, mi) =>
    rated.map((element, ei): Rating => {
      const r = stableUnit(`${m.id}:${element.id}`);
      const value: RatingValue =
        r < 0.04
          ? 'not-applicable'
          : (Math.min(5, 1 + Math.floor(r * 3) + Math.floor(mi / 2)) as MaturityLevel);
      return {
        id: `r-${mi + 1}-${String(ei + 1).padStart(3, '0')}`,
        measurementId: m.id,
        elementId: element.id,
        value,
        target: ei % 3 === 0 ? 4 : null,
        evidenceNote: typeof value === 'number' && value >= 2 ? sentence(`n${m.id}${ei}`, 25) : '',
        evidenceLinks:
          typeof value === 'number' && value >= 2
            ? [`https://intranet.pz-groot.example/bewijs/${m.id}/${element.id}.pdf`]
            : [],
        rater: INTEGRITY_OFFICER,
        dissent: '',
      };
    }),
  );
  const evidenceIndex: EvidenceFile[] = ratings.flatMap((r) =>
    r.evidenceLinks.map((url) => ({
      ratingId: r.id,
      fileName: url.slice(url.lastIndexOf('/') + 1),
      url,
      sha256: Math.floor(stableUnit(url) * 2 ** 32)
        .toString(16)
        .padStart(8, '0')
        .repeat(8),
      modifiedAt: '2027-01-15T08:45:00Z',
    })),
  );
  const changeLog: ChangeLogEntry[] = Array.from({ length: 2000 }, (_, i) => ({
    at: `${2025 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
    by: pick(PEOPLE, `cl${i}`),
    item: `IntegrityActions/action-${String((i % 200) + 1).padStart(3, '0')}`,
    field: pick(['ActionStatus', 'Description', 'Hours', 'BudgetEur'], `cf${i}`),
    from: sentence(`cfrom${i}`, 8),
    to: sentence(`cto${i}`, 8),
  }));
  const snapshot = listsSnapshot(bundle, measurements, ratings, {
    created: '2025-01-10T09:00:00Z',
    modified: '2027-06-30T16:00:00Z',
    by: INTEGRITY_OFFICER,
  });
  return { bundle, measurements, ratings, evidenceIndex, changeLog, snapshot };
}
