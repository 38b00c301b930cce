import type { IndividualRating, Measurement, Rating } from '../../../core/maturity/maturity.types';
import {
  dateOnlyOrNull,
  dateTimeOrNull,
  encodeDateOnly,
  encodeLines,
  encodePerson,
  lines,
  nullIfEmpty,
  numberOrNull,
  person,
  text,
  textOrNull,
  type Fields,
} from './field-codecs';
import { entityColumn, updatedAt, type DecodeMeta, type RecordCodec } from './mapper.types';
import {
  decodeWith,
  individualRatingSchema,
  measurementSchema,
  parseRatingValue,
  ratingSchema,
} from './maturity.schemas';

export const MEASUREMENT_CODEC: RecordCodec<Measurement> = {
  kind: 'measurement',
  listName: 'IntegrityMeasurements',
  refs: ['planId', 'correctsMeasurementId'],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return decodeWith<Measurement>(measurementSchema, {
      id: meta.id,
      entityId: text(f, 'EntityId'),
      planId: text(f, 'PlanRef'),
      kind: f.MeasurementKind,
      date: dateOnlyOrNull(f, 'MeasurementDate'),
      status: f.MeasurementStatus,
      mode: f.RatingMode,
      lockedOn: dateTimeOrNull(f, 'LockedOn'),
      lockedBy: person(f, 'LockedBy'),
      correctsMeasurementId: textOrNull(f, 'CorrectsRef'),
      ...updatedAt(meta),
    });
  },
  encode(value) {
    const m = value as unknown as Omit<Measurement, 'id'>;
    return {
      Title: `${m.kind} ${m.date}`,
      EntityId: m.entityId,
      PlanRef: m.planId,
      MeasurementKind: m.kind,
      MeasurementDate: encodeDateOnly(m.date),
      MeasurementStatus: m.status,
      RatingMode: m.mode,
      LockedOn: m.lockedOn,
      ...encodePerson('LockedBy', m.lockedBy),
      CorrectsRef: m.correctsMeasurementId,
    };
  },
};

export const RATING_CODEC: RecordCodec<Rating> = {
  kind: 'rating',
  listName: 'IntegrityRatings',
  refs: ['measurementId'],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return decodeWith<Rating>(ratingSchema, {
      id: meta.id,
      measurementId: text(f, 'MeasurementRef'),
      elementId: text(f, 'ElementId'),
      value: parseRatingValue(f.RatingValue),
      target: numberOrNull(f, 'TargetLevel'),
      evidenceNote: text(f, 'EvidenceNote'),
      evidenceLinks: lines(f, 'EvidenceLinks'),
      rater: person(f, 'Rater'),
      dissent: text(f, 'Dissent'),
      ...updatedAt(meta),
    });
  },
  encode(value, context) {
    const r = value as unknown as Omit<Rating, 'id'>;
    return {
      ...entityColumn(context),
      Title: r.elementId,
      MeasurementRef: r.measurementId,
      ElementId: r.elementId,
      RatingValue: String(r.value),
      TargetLevel: r.target,
      EvidenceNote: nullIfEmpty(r.evidenceNote),
      EvidenceLinks: encodeLines(r.evidenceLinks),
      ...encodePerson('Rater', r.rater),
      Dissent: nullIfEmpty(r.dissent),
    };
  },
};

export const INDIVIDUAL_RATING_CODEC: RecordCodec<IndividualRating> = {
  kind: 'individualRating',
  listName: 'IntegrityIndividualRatings',
  refs: ['measurementId'],
  landingColumn: 'ClientToken',
  decode(f: Fields, meta: DecodeMeta) {
    return decodeWith<IndividualRating>(individualRatingSchema, {
      id: meta.id,
      measurementId: text(f, 'MeasurementRef'),
      elementId: text(f, 'ElementId'),
      rater: person(f, 'Rater'),
      value: parseRatingValue(f.RatingValue),
      note: text(f, 'RaterNote'),
      ...updatedAt(meta),
    });
  },
  encode(value) {
    const r = value as unknown as Omit<IndividualRating, 'id'>;
    return {
      Title: r.elementId,
      MeasurementRef: r.measurementId,
      ElementId: r.elementId,
      ...encodePerson('Rater', r.rater),
      RatingValue: String(r.value),
      RaterNote: nullIfEmpty(r.note),
    };
  },
};
