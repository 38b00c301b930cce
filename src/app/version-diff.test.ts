import { describe, expect, it } from 'vitest';
import type { ItemVersion } from '../ports/item-history';
import type { InvalidRecord } from '../ports/store.types';
import { diffRecords, displayValue, versionChanges } from './version-diff';

const OFFICER = { displayName: 'Sofie Claes', email: 'sofie.claes@pz-demo.example' };
const HAND = { displayName: 'SharePoint UI (hand edit)' };

function stored(versionId: string, by: typeof OFFICER | typeof HAND, value: object): ItemVersion {
  return {
    versionId,
    modifiedAt: '2026-11-20T10:00:00Z',
    modifiedBy: by,
    record: { id: '7', value, etag: '"1"', version: versionId, modifiedAt: null, modifiedBy: by },
  };
}

describe('versionChanges', () => {
  it('diffs each version against the one before it, newest first, and marks hand edits', () => {
    const versions = [
      stored('3.0', HAND, { id: '7', note: 'Handmatig', value: 3, updatedAt: 'b' }),
      stored('2.0', OFFICER, { id: '7', note: 'Tweede', value: 3, updatedAt: 'a' }),
      stored('1.0', OFFICER, { id: '7', note: 'Eerste', value: 2 }),
    ];
    const changes = versionChanges(versions);
    expect(changes.map((c) => c.origin)).toEqual(['outside', 'app', 'app']);
    expect(changes[0]?.changes).toEqual({
      kind: 'fields',
      fields: [
        {
          field: 'note',
          before: 'Tweede',
          after: 'Handmatig',
          beforeValue: 'Tweede',
          afterValue: 'Handmatig',
        },
      ],
    });
    expect(changes[1]?.changes).toMatchObject({
      kind: 'fields',
      fields: [{ field: 'note' }, { field: 'value', before: '2', after: '3', afterValue: 3 }],
    });
    expect(changes[2]?.changes).toEqual({ kind: 'first' });
  });

  it('marks a version whose values no longer fit the model as outside, compared by its raw values', () => {
    const invalid: InvalidRecord = {
      kind: 'rating',
      id: '7',
      etag: '"2"',
      reason: 'RatingValue: not a level',
      issues: [{ field: 'RatingValue', message: 'not a level' }],
      raw: { RatingValue: '9' },
    };
    const versions: ItemVersion[] = [
      { versionId: '2.0', modifiedAt: null, modifiedBy: OFFICER, record: invalid },
      { versionId: '1.0', modifiedAt: null, modifiedBy: OFFICER, record: null },
    ];
    const [newest] = versionChanges(versions);
    expect(newest?.origin).toBe('outside');
    expect(newest?.changes).toEqual({ kind: 'unknown' });
  });
});

describe('displayValue and diffRecords', () => {
  it('shows people by name, lists joined, empties as null', () => {
    expect(displayValue({ displayName: 'Marc' })).toBe('Marc');
    expect(displayValue(['a', '', 'b'])).toBe('a, b');
    expect(displayValue('')).toBeNull();
    expect(displayValue(false)).toBe('false');
  });

  it('ignores the store’s bookkeeping and unchanged fields', () => {
    expect(diffRecords({ a: 1, updatedAt: 'x' }, { a: 1, updatedAt: 'y' })).toEqual([]);
  });
});
