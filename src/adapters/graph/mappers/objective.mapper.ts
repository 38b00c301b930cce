import type { OperationalObjective, StrategicObjective } from '../../../core/plan/plan.types';
import {
  validateOperationalObjective,
  validateStrategicObjective,
} from '../../../core/plan/plan.validate';
import {
  dateOnlyOrNull,
  encodeDateOnly,
  encodeLines,
  encodePerson,
  lines,
  nullIfEmpty,
  numberOrNull,
  person,
  text,
  type Fields,
} from './field-codecs';
import {
  entityColumn,
  fromValidation,
  updatedAt,
  type DecodeMeta,
  type RecordCodec,
} from './mapper.types';

/** Both objective levels share one list; `ObjectiveLevel` tells them apart. */
export const OBJECTIVES_LIST = 'IntegrityObjectives';

export function isStrategic(fields: Fields): boolean {
  return fields.ObjectiveLevel === 'strategic';
}

export const STRATEGIC_OBJECTIVE_CODEC: RecordCodec<StrategicObjective> = {
  kind: 'strategicObjective',
  listName: OBJECTIVES_LIST,
  refs: ['planId'],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return fromValidation(
      validateStrategicObjective({
        id: meta.id,
        planId: text(f, 'PlanRef'),
        title: text(f, 'Title'),
        description: text(f, 'Description'),
        // A person adding a row by hand rarely fills the order; it only sorts.
        order: numberOrNull(f, 'SortOrder') ?? 0,
        ...updatedAt(meta),
      }),
    );
  },
  encode(value, context) {
    const objective = value as unknown as Omit<StrategicObjective, 'id'>;
    return {
      ...entityColumn(context),
      Title: objective.title,
      PlanRef: objective.planId,
      ObjectiveLevel: 'strategic',
      Description: nullIfEmpty(objective.description),
      SortOrder: objective.order,
    };
  },
};

export const OPERATIONAL_OBJECTIVE_CODEC: RecordCodec<OperationalObjective> = {
  kind: 'objective',
  listName: OBJECTIVES_LIST,
  refs: ['planId', 'strategicObjectiveId'],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return fromValidation(
      validateOperationalObjective({
        id: meta.id,
        planId: text(f, 'PlanRef'),
        strategicObjectiveId: text(f, 'ParentRef'),
        title: text(f, 'Title'),
        specific: text(f, 'Description'),
        indicator: text(f, 'Indicator'),
        unit: text(f, 'IndicatorUnit'),
        baselineValue: numberOrNull(f, 'BaselineValue'),
        targetValue: numberOrNull(f, 'TargetValue'),
        currentValue: numberOrNull(f, 'CurrentValue'),
        indicatorUpdatedOn: dateOnlyOrNull(f, 'IndicatorUpdatedOn'),
        deadline: dateOnlyOrNull(f, 'Deadline'),
        owner: person(f, 'Owner'),
        elementIds: lines(f, 'ElementIds'),
        order: numberOrNull(f, 'SortOrder') ?? 0,
        ...updatedAt(meta),
      }),
    );
  },
  encode(value, context) {
    const o = value as unknown as Omit<OperationalObjective, 'id'>;
    return {
      ...entityColumn(context),
      Title: o.title,
      PlanRef: o.planId,
      ObjectiveLevel: 'operational',
      ParentRef: o.strategicObjectiveId,
      Description: nullIfEmpty(o.specific),
      Indicator: nullIfEmpty(o.indicator),
      IndicatorUnit: nullIfEmpty(o.unit),
      BaselineValue: o.baselineValue,
      TargetValue: o.targetValue,
      CurrentValue: o.currentValue,
      IndicatorUpdatedOn: encodeDateOnly(o.indicatorUpdatedOn),
      Deadline: encodeDateOnly(o.deadline),
      ...encodePerson('Owner', o.owner),
      ElementIds: encodeLines(o.elementIds),
      SortOrder: o.order,
    };
  },
};
