import type {
  OperationalObjective,
  Plan,
  PlanAction,
  PlanArrangement,
  StrategicObjective,
} from '../core/plan/plan.types';
import type {
  ChangeReport,
  Draft,
  InvalidRecord,
  RecordChange,
  Stored,
  StoreResult,
} from './store.types';

/** The records of a plan, by kind. */
export type PlanRecords = {
  readonly plan: Plan;
  readonly strategicObjective: StrategicObjective;
  readonly objective: OperationalObjective;
  readonly action: PlanAction;
  readonly arrangement: PlanArrangement;
};
export type PlanRecordKind = keyof PlanRecords;
export type PlanRecord = PlanRecords[PlanRecordKind];

export type PlanChange = RecordChange<PlanRecords>;
export type PlanChangeReport = ChangeReport<PlanRecords>;

/** One plan with everything under it, each record with its eTag. */
export type StoredPlanBundle = {
  readonly plan: Stored<Plan>;
  readonly strategicObjectives: readonly Stored<StrategicObjective>[];
  readonly objectives: readonly Stored<OperationalObjective>[];
  readonly actions: readonly Stored<PlanAction>[];
  readonly arrangements: readonly Stored<PlanArrangement>[];
};

/**
 * All plans of an entity. Records whose plan is not among the valid plans (its item is invalid or
 * gone) are kept in `unattached`, and hand-edited items in `invalid`: nothing read is dropped.
 */
export type EntityPlans = {
  readonly bundles: readonly StoredPlanBundle[];
  readonly unattached: Omit<StoredPlanBundle, 'plan'>;
  readonly invalid: readonly InvalidRecord[];
};

export interface PlanStore {
  /** Every plan of the entity with its objectives, actions and arrangements. */
  loadPlans(entityId: string): Promise<StoreResult<EntityPlans>>;

  /** Creates one record of the entity's plans. */
  createPlanRecord<K extends PlanRecordKind>(
    entityId: string,
    kind: K,
    draft: Draft<PlanRecords[K]>,
  ): Promise<StoreResult<Stored<PlanRecords[K]>, PlanRecords[K]>>;

  /** Replaces one record if it still has `etag`; a conflict carries the server's version. */
  updatePlanRecord<K extends PlanRecordKind>(
    kind: K,
    value: PlanRecords[K],
    etag: string,
  ): Promise<StoreResult<Stored<PlanRecords[K]>, PlanRecords[K]>>;

  /** Deletes one record if it still has `etag`. */
  deletePlanRecord<K extends PlanRecordKind>(
    kind: K,
    id: string,
    etag: string,
  ): Promise<StoreResult<null, PlanRecords[K]>>;

  /**
   * Applies an edit touching several records in as few round trips as order allows. Each change
   * has its own outcome; a failed one never undoes or hides the others.
   */
  savePlanChanges(entityId: string, changes: readonly PlanChange[]): Promise<PlanChangeReport>;
}
