import type { PlanAction } from '../../../core/plan/plan.types';
import { validatePlanAction } from '../../../core/plan/plan.validate';
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

export const ACTION_CODEC: RecordCodec<PlanAction> = {
  kind: 'action',
  listName: 'IntegrityActions',
  refs: ['planId', 'objectiveId'],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return fromValidation(
      validatePlanAction({
        id: meta.id,
        planId: text(f, 'PlanRef'),
        objectiveId: text(f, 'ObjectiveRef'),
        title: text(f, 'Title'),
        description: text(f, 'Description'),
        elementIds: lines(f, 'ElementIds'),
        owner: person(f, 'Owner'),
        dueDate: dateOnlyOrNull(f, 'DueDate'),
        status: f.ActionStatus,
        hours: numberOrNull(f, 'Hours'),
        budgetEur: numberOrNull(f, 'BudgetEur'),
        ...updatedAt(meta),
      }),
    );
  },
  encode(value, context) {
    const a = value as unknown as Omit<PlanAction, 'id'>;
    return {
      ...entityColumn(context),
      Title: a.title,
      PlanRef: a.planId,
      ObjectiveRef: a.objectiveId,
      Description: nullIfEmpty(a.description),
      ElementIds: encodeLines(a.elementIds),
      ...encodePerson('Owner', a.owner),
      DueDate: encodeDateOnly(a.dueDate),
      ActionStatus: a.status,
      Hours: a.hours,
      BudgetEur: a.budgetEur,
    };
  },
};
