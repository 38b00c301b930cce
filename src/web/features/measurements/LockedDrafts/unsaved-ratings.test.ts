import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../core/catalogue/catalogue';
import type { DraftRecord } from '../../../data/drafts';
import { unsavedRatings } from './unsaved-ratings';

function draft(id: string, value: unknown, kind: DraftRecord['kind'] = 'rating'): DraftRecord {
  return { kind, id, etag: '', value, keptAt: '2026-11-30T10:00:00.000Z' };
}

const [first, second] = [CATALOGUE[0]!, CATALOGUE[5]!];

describe('unsavedRatings', () => {
  it('names each element as the grid does, in catalogue order, with the values kept', () => {
    const listed = unsavedRatings(
      [
        draft('r2', { elementId: second.id, value: 'not-applicable', target: null }),
        draft('r1', { elementId: first.id, value: 3, target: 4 }),
      ],
      'fr',
    );
    expect(listed.map(({ element, value, target }) => ({ element, value, target }))).toEqual([
      { element: first.label.fr, value: 3, target: 4 },
      { element: second.label.fr, value: 'not-applicable', target: null },
    ]);
  });

  it('still lists (after the others) a kept edit it cannot read, so it can be discarded too', () => {
    const listed = unsavedRatings(
      [draft('junk', 'not a rating'), draft('r1', { elementId: first.id, value: 2, target: 9 })],
      'en',
    );
    expect(listed.map(({ element, value, target }) => ({ element, value, target }))).toEqual([
      { element: first.label.en, value: 2, target: null },
      { element: 'junk', value: null, target: null },
    ]);
  });

  it('leaves out drafts of other records than ratings', () => {
    expect(unsavedRatings([draft('7', { title: 'x' }, 'objective')], 'nl')).toEqual([]);
  });
});
