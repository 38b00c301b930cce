import { describe, expect, it } from 'vitest';
import { diffRecords, mergeRecords } from './conflict-fields';

const MINE = {
  id: '7',
  title: 'My title',
  unit: '%',
  owner: { displayName: 'Sofie Claes', email: 'sofie@pz.example' },
  elementIds: ['F1-a', 'F2-b'],
  updatedAt: '2026-04-15T08:00:00Z',
};
const THEIRS = {
  id: '7',
  title: 'Their title',
  unit: '%',
  owner: { displayName: 'Sofie Claes', email: 'sofie.claes@pz.example' },
  elementIds: ['F1-a'],
  updatedAt: '2026-04-15T09:00:00Z',
};

describe('diffRecords', () => {
  it('lists differing leaves by dotted path, arrays as one value, ignoring updatedAt', () => {
    expect(diffRecords(MINE, THEIRS)).toEqual([
      { path: 'title', mine: 'My title', theirs: 'Their title' },
      { path: 'owner.email', mine: 'sofie@pz.example', theirs: 'sofie.claes@pz.example' },
      { path: 'elementIds', mine: ['F1-a', 'F2-b'], theirs: ['F1-a'] },
    ]);
  });

  it('treats a missing field and null as the same; an owner removed differs in its name', () => {
    expect(diffRecords({ a: null }, {})).toEqual([]);
    expect(diffRecords({ owner: null }, { owner: { displayName: 'X' } })).toEqual([
      { path: 'owner.displayName', mine: undefined, theirs: 'X' },
    ]);
  });
});

describe('mergeRecords', () => {
  it('starts from theirs and takes mine where chosen', () => {
    expect(mergeRecords(MINE, THEIRS, { title: 'mine', 'owner.email': 'theirs' })).toEqual({
      ...THEIRS,
      title: 'My title',
    });
    expect(mergeRecords(MINE, THEIRS, { 'owner.email': 'mine', elementIds: 'mine' })).toEqual({
      ...THEIRS,
      owner: { displayName: 'Sofie Claes', email: 'sofie@pz.example' },
      elementIds: ['F1-a', 'F2-b'],
    });
  });

  it('removes a field when mine had none', () => {
    const merged = mergeRecords<Record<string, unknown>>(
      { id: '1' },
      { id: '1', note: 'theirs' },
      { note: 'mine' },
    );
    expect(merged).toEqual({ id: '1' });
  });
});
