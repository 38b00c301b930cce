import type { IndividualRating, Measurement, Rating } from '../core/maturity/maturity.types';
import type {
  ChangeReport,
  InvalidRecord,
  Listed,
  RecordChange,
  Stored,
  StoreResult,
} from './store.types';

export type MeasurementRecords = {
  readonly measurement: Measurement;
  readonly rating: Rating;
  readonly individualRating: IndividualRating;
};
export type MeasurementRecordKind = keyof MeasurementRecords;

export type MeasurementChange = RecordChange<MeasurementRecords>;
export type MeasurementChangeReport = ChangeReport<MeasurementRecords>;

/** Every measurement of an entity with its agreed ratings. */
export type EntityMeasurements = {
  readonly measurements: readonly Stored<Measurement>[];
  readonly ratings: readonly Stored<Rating>[];
  readonly invalid: readonly InvalidRecord[];
};

export interface MeasurementStore {
  loadMeasurements(entityId: string): Promise<StoreResult<EntityMeasurements>>;

  /** Multi-rater mode: the raters' own ratings of one measurement. */
  loadIndividualRatings(measurementId: string): Promise<StoreResult<Listed<IndividualRating>>>;

  /**
   * Creates, updates and deletes measurements and ratings of the entity; a rating may reference a
   * measurement created in the same set by its key.
   */
  saveMeasurementChanges(
    entityId: string,
    changes: readonly MeasurementChange[],
  ): Promise<MeasurementChangeReport>;
}
