import type { ElementId } from '../catalogue/catalogue.types';
import type { IsoDate, IsoDateTime } from '../shared/dates';
import type { PersonRef } from '../shared/person';

/** Draft while being written, adopted by the mandate holder, archived when superseded. */
export const PLAN_STATUSES = ['draft', 'adopted', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Section 1 of the model plan: who the plan is for and who answers for it. */
export type PlanIdentification = {
  readonly entityName: string;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  readonly mandateHolder: {
    readonly lastName: string;
    readonly firstName: string;
    /** Grade or level, e.g. "hoofdcommissaris". */
    readonly grade: string;
  };
};

/** Section 2 (first half): the multi-year ambition and what it rests on. */
export type PlanVision = {
  readonly ambition: string;
  readonly coreValues: string;
  readonly needs: string;
  readonly vulnerableProcesses: string;
  readonly recommendations: string;
};

/** The plan of one entity (police zone or federal directorate) for one period. */
export type Plan = {
  readonly id: string;
  readonly entityId: string;
  readonly title: string;
  readonly status: PlanStatus;
  readonly adoptedOn: IsoDate | null;
  readonly identification: PlanIdentification;
  readonly vision: PlanVision;
  readonly updatedAt?: IsoDateTime;
};

/** Section 2.1: a multi-year strategic objective. */
export type StrategicObjective = {
  readonly id: string;
  readonly planId: string;
  readonly title: string;
  readonly description: string;
  readonly order: number;
  readonly updatedAt?: IsoDateTime;
};

/**
 * Section 2.2: an operational objective under a strategic one, SMART: a specific text, a
 * measurable indicator with unit, baseline and target, a deadline and an owner.
 */
export type OperationalObjective = {
  readonly id: string;
  readonly planId: string;
  readonly strategicObjectiveId: string;
  readonly title: string;
  /** What exactly is to be achieved ("Specific"). */
  readonly specific: string;
  readonly indicator: string;
  readonly unit: string;
  readonly baselineValue: number | null;
  readonly targetValue: number | null;
  /** Latest measured value of the indicator and when it was measured. */
  readonly currentValue: number | null;
  readonly indicatorUpdatedOn: IsoDate | null;
  readonly deadline: IsoDate | null;
  readonly owner: PersonRef | null;
  /** Section 3: catalogue instruments, processes and structures this objective relies on. */
  readonly elementIds: readonly ElementId[];
  readonly order: number;
  readonly updatedAt?: IsoDateTime;
};

export const ACTION_STATUSES = [
  'planned',
  'in-progress',
  'done',
  'postponed',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Section 3: a concrete action under an operational objective, with its resources. */
export type PlanAction = {
  readonly id: string;
  readonly planId: string;
  readonly objectiveId: string;
  readonly title: string;
  readonly description: string;
  /** Catalogue elements the action implements (at least one for balance diagnostics). */
  readonly elementIds: readonly ElementId[];
  readonly owner: PersonRef | null;
  readonly dueDate: IsoDate | null;
  readonly status: ActionStatus;
  readonly hours: number | null;
  readonly budgetEur: number | null;
  readonly updatedAt?: IsoDateTime;
};

export const MONITORING_MODES = ['active', 'passive', 'both'] as const;
export type MonitoringMode = (typeof MONITORING_MODES)[number];

export const FREQUENCIES = [
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
  'continuous',
  'ad-hoc',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * Sections 4 to 7 of the model plan, each an arrangement attached to an operational objective.
 * Evaluation and communication may also be plan-wide (`objectiveId` null): the model plan asks
 * "by whom and how initiatives, progress and results are followed up" for the plan as a whole
 * (section 6) and how the entity communicates about integrity (section 7); actors and monitoring
 * are asked "per objective".
 */
export type PlanArrangement =
  | {
      readonly kind: 'actor';
      readonly id: string;
      readonly planId: string;
      readonly objectiveId: string;
      /** The actor: a role or a service (integrity officer, HRM, leader, ...). */
      readonly actor: string;
      readonly role: string;
      readonly responsibilities: string;
      /** Formal reactions to violations and the role of leaders in them. */
      readonly formalReactions: string;
      readonly updatedAt?: IsoDateTime;
    }
  | {
      readonly kind: 'monitoring';
      readonly id: string;
      readonly planId: string;
      readonly objectiveId: string;
      readonly mode: MonitoringMode;
      readonly how: string;
      readonly byWhom: string;
      readonly frequency: Frequency;
      readonly updatedAt?: IsoDateTime;
    }
  | {
      readonly kind: 'evaluation';
      readonly id: string;
      readonly planId: string;
      readonly objectiveId: string | null;
      readonly who: string;
      readonly how: string;
      readonly what: string;
      /** When the (first) evaluation takes place. */
      readonly when: IsoDate | null;
      readonly frequency: Frequency;
      readonly updatedAt?: IsoDateTime;
    }
  | {
      readonly kind: 'communication';
      readonly id: string;
      readonly planId: string;
      readonly objectiveId: string | null;
      readonly direction: 'internal' | 'external';
      readonly audience: string;
      readonly means: string;
      /** Secrecy of investigations and privacy cautions that apply. */
      readonly cautions: string;
      readonly updatedAt?: IsoDateTime;
    };

export type PlanArrangementKind = PlanArrangement['kind'];

/** Everything of one plan, as the tab and the job load it. */
export type PlanBundle = {
  readonly plan: Plan;
  readonly strategicObjectives: readonly StrategicObjective[];
  readonly objectives: readonly OperationalObjective[];
  readonly actions: readonly PlanAction[];
  readonly arrangements: readonly PlanArrangement[];
};
