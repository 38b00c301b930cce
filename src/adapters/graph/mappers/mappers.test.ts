import { describe, expect, it } from 'vitest';
import { isInvalidRecord } from '../../../ports/store.types';
import { decodeItem } from '../item-decoder';
import { dateOnlyOrNull, encodeDateOnly, lines, person } from './field-codecs';
import { checkFields } from './list-schema';
import { RATING_CODEC } from './measurement.mapper';
import { SETTINGS_CODEC } from './settings.mapper';

const item = (fields: Record<string, unknown>) => ({
  id: '4',
  eTag: '"abc,2"',
  lastModifiedDateTime: '2026-11-28T10:00:00Z',
  fields: { ...fields, Junk: 'stray', _UIVersionString: '2.0' },
});

describe('field codecs', () => {
  it('reads dateOnly columns written through Graph and typed in Brussels', () => {
    expect(dateOnlyOrNull({ D: '2026-03-01T00:00:00Z' }, 'D')).toBe('2026-03-01');
    // SharePoint's form stores midnight Europe/Brussels: 1 March 2026 is 23:00Z the day before.
    expect(dateOnlyOrNull({ D: '2026-02-28T23:00:00Z' }, 'D')).toBe('2026-03-01');
    expect(dateOnlyOrNull({ D: '2026-07-31T22:00:00Z' }, 'D')).toBe('2026-08-01');
    expect(dateOnlyOrNull({}, 'D')).toBeNull();
    expect(encodeDateOnly('2026-03-01')).toBe('2026-03-01T00:00:00Z');
  });

  it('reads persons from text triples and lists one per line', () => {
    expect(person({ OwnerName: 'An', OwnerEmail: 'an@pz.test' }, 'Owner')).toEqual({
      displayName: 'An',
      email: 'an@pz.test',
    });
    expect(person({}, 'Owner')).toBeNull();
    expect(lines({ L: ' a \r\n\nb\n' }, 'L')).toEqual(['a', 'b']);
  });

  it('checks written fields against the manifest (create: all, update: those sent)', () => {
    expect(checkFields('IntegrityRatings', { RatingValue: '3' }, 'update')).toEqual([]);
    expect(
      checkFields('IntegrityRatings', { RatingValue: '3' }, 'create').map((i) => i.field),
    ).toContain('MeasurementRef');
    expect(
      checkFields('IntegrityRatings', { TargetLevel: 9 }, 'update').map((i) => i.field),
    ).toEqual(['TargetLevel']);
  });
});

describe('decoding items', () => {
  const rating = {
    Title: 'ins.x',
    EntityId: 'pz',
    MeasurementRef: '3',
    ElementId: 'ins.x',
    RatingValue: 'not-applicable',
    EvidenceLinks: 'https://pz.test/a',
  };

  it('maps a valid item, whitelisting fields and keeping eTag and version', () => {
    const read = decodeItem(RATING_CODEC, item(rating));
    expect(isInvalidRecord(read)).toBe(false);
    expect(read).toMatchObject({
      id: '4',
      etag: '"abc,2"',
      version: '2.0',
      value: {
        value: 'not-applicable',
        evidenceLinks: ['https://pz.test/a'],
        rater: null,
        target: null,
      },
    });
  });

  it('flags invalid items with the reason and the raw whitelisted values', () => {
    const read = decodeItem(
      RATING_CODEC,
      item({ ...rating, EvidenceLinks: 'javascript:alert(1)' }),
    );
    expect(read).toMatchObject({
      kind: 'rating',
      id: '4',
      raw: { EvidenceLinks: 'javascript:alert(1)' },
    });
    expect(isInvalidRecord(read) && read.reason).toMatch(/evidenceLinks/);
    expect(isInvalidRecord(read) && 'Junk' in read.raw).toBe(false);
  });

  it('reads settings languages and refuses a duplicate language', () => {
    const settings = {
      Title: 'PZ',
      EntityId: 'pz',
      EntityKind: 'local-police-zone',
      Languages: 'nl, FR',
      DayOfMonth: 3,
      ReminderHour: 9,
      SkipRecentDays: 7,
      IndicatorStaleDays: 90,
    };
    expect(decodeItem(SETTINGS_CODEC, item(settings))).toMatchObject({
      value: { languages: ['nl', 'fr'], reminderChannel: null },
    });
    expect(
      isInvalidRecord(decodeItem(SETTINGS_CODEC, item({ ...settings, Languages: 'nl,nl' }))),
    ).toBe(true);
  });
});
