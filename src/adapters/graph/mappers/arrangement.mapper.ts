import type { PlanArrangement } from '../../../core/plan/plan.types';
import { validatePlanArrangement } from '../../../core/plan/plan.validate';
import {
  dateOnlyOrNull,
  encodeDateOnly,
  nullIfEmpty,
  text,
  textOrNull,
  type Fields,
} from './field-codecs';
import {
  entityColumn,
  fromValidation,
  updatedAt,
  type DecodeMeta,
  type RecordCodec,
} from './mapper.types';

type ArrangementDraft = PlanArrangement extends infer A
  ? A extends PlanArrangement
    ? Omit<A, 'id'>
    : never
  : never;

function decodeCandidate(f: Fields, meta: DecodeMeta): Record<string, unknown> {
  const common = {
    kind: f.ArrangementKind,
    id: meta.id,
    planId: text(f, 'PlanRef'),
    objectiveId: textOrNull(f, 'ObjectiveRef') ?? undefined,
    ...updatedAt(meta),
  };
  switch (f.ArrangementKind) {
    case 'actor':
      return {
        ...common,
        actor: text(f, 'Actor'),
        role: text(f, 'ActorRole'),
        responsibilities: text(f, 'Responsibilities'),
        formalReactions: text(f, 'FormalReactions'),
      };
    case 'monitoring':
      return {
        ...common,
        mode: f.MonitoringMode ?? undefined,
        how: text(f, 'How'),
        byWhom: text(f, 'ByWhom'),
        frequency: f.Frequency ?? undefined,
      };
    case 'evaluation':
      return {
        ...common,
        // Evaluation may be plan-wide too (section 6: follow-up of the whole plan).
        objectiveId: textOrNull(f, 'ObjectiveRef'),
        who: text(f, 'Who'),
        how: text(f, 'How'),
        what: text(f, 'What'),
        when: dateOnlyOrNull(f, 'EvaluationDate'),
        frequency: f.Frequency ?? undefined,
      };
    default:
      return {
        ...common,
        // Communication may be plan-wide: no objective.
        objectiveId: textOrNull(f, 'ObjectiveRef'),
        direction: f.Direction ?? undefined,
        audience: text(f, 'Audience'),
        means: text(f, 'Means'),
        cautions: text(f, 'Cautions'),
      };
  }
}

/** The Title column holds a short summary for people browsing the list in SharePoint. */
function summary(a: ArrangementDraft): string {
  const words =
    a.kind === 'actor'
      ? a.actor
      : a.kind === 'monitoring'
        ? a.how
        : a.kind === 'evaluation'
          ? a.what
          : a.audience;
  const line = words.split(/\r?\n/)[0]?.trim() ?? '';
  return (line === '' ? a.kind : line).slice(0, 255);
}

const EMPTY_KIND_COLUMNS = {
  Actor: null,
  ActorRole: null,
  Responsibilities: null,
  FormalReactions: null,
  MonitoringMode: null,
  How: null,
  ByWhom: null,
  Who: null,
  What: null,
  EvaluationDate: null,
  Frequency: null,
  Direction: null,
  Audience: null,
  Means: null,
  Cautions: null,
};

function kindColumns(a: ArrangementDraft): Record<string, unknown> {
  switch (a.kind) {
    case 'actor':
      return {
        Actor: nullIfEmpty(a.actor),
        ActorRole: nullIfEmpty(a.role),
        Responsibilities: nullIfEmpty(a.responsibilities),
        FormalReactions: nullIfEmpty(a.formalReactions),
      };
    case 'monitoring':
      return {
        MonitoringMode: a.mode,
        How: nullIfEmpty(a.how),
        ByWhom: nullIfEmpty(a.byWhom),
        Frequency: a.frequency,
      };
    case 'evaluation':
      return {
        Who: nullIfEmpty(a.who),
        How: nullIfEmpty(a.how),
        What: nullIfEmpty(a.what),
        EvaluationDate: encodeDateOnly(a.when),
        Frequency: a.frequency,
      };
    case 'communication':
      return {
        Direction: a.direction,
        Audience: nullIfEmpty(a.audience),
        Means: nullIfEmpty(a.means),
        Cautions: nullIfEmpty(a.cautions),
      };
  }
}

export const ARRANGEMENT_CODEC: RecordCodec<PlanArrangement> = {
  kind: 'arrangement',
  listName: 'IntegrityArrangements',
  refs: ['planId', 'objectiveId'],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return fromValidation(validatePlanArrangement(decodeCandidate(f, meta)));
  },
  encode(value, context) {
    const a = value as unknown as ArrangementDraft;
    return {
      ...entityColumn(context),
      Title: summary(a),
      PlanRef: a.planId,
      ObjectiveRef: a.objectiveId,
      ArrangementKind: a.kind,
      ...EMPTY_KIND_COLUMNS,
      ...kindColumns(a),
    };
  },
};
