import type { Measurement, Rating } from '../../../core/maturity/maturity.types';
import type { PlanBundle } from '../../../core/plan/plan.types';
import type { PersonRef } from '../../../core/shared/person';
import type { CsvValue, ListItemSnapshot, ListsSnapshot } from '../list-csv';

/*
 * The SharePoint lists of a plan as raw items, the way the Graph store reads them: field values by
 * the manifest's internal names, dates as `YYYY-MM-DDT00:00:00Z`, people as Name/Email/Id triples,
 * multi-value fields one per line. For the CSV tests and the benchmark.
 */

function day(date: string | null): string | null {
  return date === null ? null : `${date}T00:00:00Z`;
}

function person(prefix: string, who: PersonRef | null): Record<string, CsvValue> {
  return {
    [`${prefix}Name`]: who?.displayName ?? null,
    [`${prefix}Email`]: who?.email ?? null,
    [`${prefix}Id`]: who?.id ?? null,
  };
}

type Stamp = { readonly created: string; readonly modified: string; readonly by: PersonRef };

function item(
  id: string,
  fields: Record<string, CsvValue>,
  stamp: Stamp,
  version = '1.0',
): ListItemSnapshot {
  return {
    id,
    fields,
    created: stamp.created,
    modified: stamp.modified,
    author: stamp.by,
    editor: stamp.by,
    version,
  };
}

export function listsSnapshot(
  bundle: PlanBundle,
  measurements: readonly Measurement[],
  ratings: readonly Rating[],
  stamp: Stamp,
): ListsSnapshot {
  const { plan } = bundle;
  const planItems = [
    item(
      plan.id,
      {
        Title: plan.title,
        EntityId: plan.entityId,
        PlanStatus: plan.status,
        AdoptedOn: day(plan.adoptedOn),
        EntityName: plan.identification.entityName,
        PeriodStart: day(plan.identification.periodStart),
        PeriodEnd: day(plan.identification.periodEnd),
        MandateHolderLastName: plan.identification.mandateHolder.lastName,
        MandateHolderFirstName: plan.identification.mandateHolder.firstName,
        MandateHolderGrade: plan.identification.mandateHolder.grade,
        Ambition: plan.vision.ambition,
        CoreValues: plan.vision.coreValues,
        Needs: plan.vision.needs,
        VulnerableProcesses: plan.vision.vulnerableProcesses,
        Recommendations: plan.vision.recommendations,
      },
      stamp,
      '2.0',
    ),
  ];
  const objectiveItems = [
    ...bundle.strategicObjectives.map((s) =>
      item(
        s.id,
        {
          Title: s.title,
          EntityId: plan.entityId,
          PlanRef: plan.id,
          ObjectiveLevel: 'strategic',
          Description: s.description,
          SortOrder: s.order,
        },
        stamp,
      ),
    ),
    ...bundle.objectives.map((o) =>
      item(
        o.id,
        {
          Title: o.title,
          EntityId: plan.entityId,
          PlanRef: plan.id,
          ObjectiveLevel: 'operational',
          ParentRef: o.strategicObjectiveId,
          Description: o.specific,
          Indicator: o.indicator,
          IndicatorUnit: o.unit,
          BaselineValue: o.baselineValue,
          TargetValue: o.targetValue,
          CurrentValue: o.currentValue,
          IndicatorUpdatedOn: day(o.indicatorUpdatedOn),
          Deadline: day(o.deadline),
          ...person('Owner', o.owner),
          ElementIds: o.elementIds.join('\n'),
          SortOrder: o.order,
        },
        stamp,
      ),
    ),
  ];
  const actionItems = bundle.actions.map((a) =>
    item(
      a.id,
      {
        Title: a.title,
        EntityId: plan.entityId,
        PlanRef: plan.id,
        ObjectiveRef: a.objectiveId,
        Description: a.description,
        ElementIds: a.elementIds.join('\n'),
        ...person('Owner', a.owner),
        DueDate: day(a.dueDate),
        ActionStatus: a.status,
        Hours: a.hours,
        BudgetEur: a.budgetEur,
      },
      stamp,
    ),
  );
  const arrangementItems = bundle.arrangements.map((a) => {
    const common = { EntityId: plan.entityId, PlanRef: plan.id, ArrangementKind: a.kind };
    switch (a.kind) {
      case 'actor':
        return item(
          a.id,
          {
            ...common,
            Title: a.actor,
            ObjectiveRef: a.objectiveId,
            Actor: a.actor,
            ActorRole: a.role,
            Responsibilities: a.responsibilities,
            FormalReactions: a.formalReactions,
          },
          stamp,
        );
      case 'monitoring':
        return item(
          a.id,
          {
            ...common,
            Title: a.byWhom,
            ObjectiveRef: a.objectiveId,
            MonitoringMode: a.mode,
            How: a.how,
            ByWhom: a.byWhom,
            Frequency: a.frequency,
          },
          stamp,
        );
      case 'evaluation':
        return item(
          a.id,
          {
            ...common,
            Title: a.who,
            ObjectiveRef: a.objectiveId,
            Who: a.who,
            How: a.how,
            What: a.what,
            EvaluationDate: day(a.when),
            Frequency: a.frequency,
          },
          stamp,
        );
      case 'communication':
        return item(
          a.id,
          {
            ...common,
            Title: a.audience,
            ObjectiveRef: a.objectiveId,
            Direction: a.direction,
            Audience: a.audience,
            Means: a.means,
            Cautions: a.cautions,
          },
          stamp,
        );
    }
  });
  const measurementItems = measurements.map((m) =>
    item(
      m.id,
      {
        Title: `${m.kind} ${m.date}`,
        EntityId: m.entityId,
        PlanRef: m.planId,
        MeasurementKind: m.kind,
        MeasurementDate: day(m.date),
        MeasurementStatus: m.status,
        RatingMode: m.mode,
        LockedOn: m.lockedOn,
        ...person('LockedBy', m.lockedBy),
        CorrectsRef: m.correctsMeasurementId,
      },
      stamp,
      m.status === 'locked' ? '2.0' : '1.0',
    ),
  );
  const ratingItems = ratings.map((r) =>
    item(
      r.id,
      {
        Title: r.elementId,
        EntityId: plan.entityId,
        MeasurementRef: r.measurementId,
        ElementId: r.elementId,
        RatingValue: String(r.value),
        TargetLevel: r.target,
        EvidenceNote: r.evidenceNote,
        EvidenceLinks: r.evidenceLinks.join('\n'),
        ...person('Rater', r.rater),
        Dissent: r.dissent,
      },
      stamp,
    ),
  );
  return {
    IntegrityPlans: planItems,
    IntegrityObjectives: objectiveItems,
    IntegrityActions: actionItems,
    IntegrityArrangements: arrangementItems,
    IntegrityMeasurements: measurementItems,
    IntegrityRatings: ratingItems,
  };
}
