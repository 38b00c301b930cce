import { validatePlan } from '../../../core/plan/plan.validate';
import type { Plan } from '../../../core/plan/plan.types';
import { dateOnlyOrNull, encodeDateOnly, nullIfEmpty, text, type Fields } from './field-codecs';
import { fromValidation, updatedAt, type DecodeMeta, type RecordCodec } from './mapper.types';

export const PLAN_CODEC: RecordCodec<Plan> = {
  kind: 'plan',
  listName: 'IntegrityPlans',
  refs: [],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return fromValidation(
      validatePlan({
        id: meta.id,
        entityId: text(f, 'EntityId'),
        title: text(f, 'Title'),
        status: f.PlanStatus,
        adoptedOn: dateOnlyOrNull(f, 'AdoptedOn'),
        identification: {
          entityName: text(f, 'EntityName'),
          periodStart: dateOnlyOrNull(f, 'PeriodStart') ?? undefined,
          periodEnd: dateOnlyOrNull(f, 'PeriodEnd') ?? undefined,
          mandateHolder: {
            lastName: text(f, 'MandateHolderLastName'),
            firstName: text(f, 'MandateHolderFirstName'),
            grade: text(f, 'MandateHolderGrade'),
          },
        },
        vision: {
          ambition: text(f, 'Ambition'),
          coreValues: text(f, 'CoreValues'),
          needs: text(f, 'Needs'),
          vulnerableProcesses: text(f, 'VulnerableProcesses'),
          recommendations: text(f, 'Recommendations'),
        },
        ...updatedAt(meta),
      }),
    );
  },
  encode(value) {
    const plan = value as unknown as Omit<Plan, 'id'>;
    const { identification: who, vision } = plan;
    return {
      Title: plan.title,
      EntityId: plan.entityId,
      PlanStatus: plan.status,
      AdoptedOn: encodeDateOnly(plan.adoptedOn),
      EntityName: who.entityName,
      PeriodStart: encodeDateOnly(who.periodStart),
      PeriodEnd: encodeDateOnly(who.periodEnd),
      MandateHolderLastName: nullIfEmpty(who.mandateHolder.lastName),
      MandateHolderFirstName: nullIfEmpty(who.mandateHolder.firstName),
      MandateHolderGrade: nullIfEmpty(who.mandateHolder.grade),
      Ambition: nullIfEmpty(vision.ambition),
      CoreValues: nullIfEmpty(vision.coreValues),
      Needs: nullIfEmpty(vision.needs),
      VulnerableProcesses: nullIfEmpty(vision.vulnerableProcesses),
      Recommendations: nullIfEmpty(vision.recommendations),
    };
  },
};
